// One row per reported year.
MATCH (e:Enterprise)-[:REPORTED]->(r:Financials)
RETURN r {.*, enterprise: e.key} AS row
