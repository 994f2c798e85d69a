// The year the rules call "last year": the latest year any enterprise reported figures for.
MATCH (f:Financials)
RETURN max(f.year) AS year
