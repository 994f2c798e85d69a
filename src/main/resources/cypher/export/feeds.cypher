// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Product|Material)-[r:FEEDS]->(b:Product) WHERE ($from IS NULL OR a.key = $from) AND ($to IS NULL OR b.key = $to)
RETURN r {.*, from: [l IN labels(a) WHERE l IN ['Product', 'Material']][0] + ':' + a.key, to: b.key} AS row
