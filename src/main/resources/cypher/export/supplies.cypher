// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Enterprise)-[r:SUPPLIES]->(b:Enterprise) WHERE ($from IS NULL OR a.key = $from) AND ($to IS NULL OR b.key = $to)
RETURN r {.*, from: a.key, to: b.key} AS row
