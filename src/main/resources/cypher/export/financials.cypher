// One row per reported year.
MATCH (e:Enterprise)-[:REPORTED]->(r:Financials) WHERE $from IS NULL OR e.key = $from
RETURN r {.*, enterprise: e.key} AS row
