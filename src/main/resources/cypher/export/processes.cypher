// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Enterprise)-[r:PROCESSES]->(b:Material)
RETURN r {.*, enterprise: a.key, material: b.key} AS row
