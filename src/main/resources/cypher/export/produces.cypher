// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Enterprise)-[r:PRODUCES]->(b:Product)
RETURN r {.*, enterprise: a.key, product: b.key} AS row
