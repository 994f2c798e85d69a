// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Enterprise|Institution)-[r:HOLDS]->(b:Patent) WHERE ($from IS NULL OR a.key = $from) AND ($to IS NULL OR b.key = $to)
RETURN r {.*, holder: [l IN labels(a) WHERE l IN ['Enterprise', 'Institution']][0] + ':' + a.key, patent: b.key} AS row
