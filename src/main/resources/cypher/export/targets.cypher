// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Cluster|Park)-[r:TARGETS]->(b:Product|Metal) WHERE ($from IS NULL OR a.key = $from) AND ($to IS NULL OR b.key = $to)
RETURN r {.*, holder: [l IN labels(a) WHERE l IN ['Cluster', 'Park']][0] + ':' + a.key, target: [l IN labels(b) WHERE l IN ['Product', 'Metal']][0] + ':' + b.key} AS row
