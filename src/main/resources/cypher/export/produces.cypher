// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Enterprise)-[r:PRODUCES]->(b:Product) WHERE ($from IS NULL OR a.key = $from) AND ($to IS NULL OR b.key = $to)
RETURN r {.*, enterprise: a.key, product: b.key} AS row
