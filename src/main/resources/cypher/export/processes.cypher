// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Enterprise)-[r:PROCESSES]->(b:Material) WHERE ($from IS NULL OR a.key = $from) AND ($to IS NULL OR b.key = $to)
RETURN r {.*, enterprise: a.key, material: b.key} AS row
