// The year the rules call "last year": the latest year any enterprise reported figures for (read from
// the end of the index on Financials.year, not by scanning every report).
MATCH (f:Financials)
WHERE f.year IS NOT NULL
RETURN f.year AS year
ORDER BY f.year DESC
LIMIT 1
