// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Enterprise)-[r:SUPPLIES]->(b:Enterprise)
RETURN r {.*, from: a.key, to: b.key} AS row
