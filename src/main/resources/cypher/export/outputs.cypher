// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Metal)-[r:OUTPUT]->(b:Cluster|Enterprise) WHERE ($from IS NULL OR a.key = $from) AND ($to IS NULL OR b.key = $to)
RETURN r {.*, metal: a.key, holder: [l IN labels(b) WHERE l IN ['Cluster', 'Enterprise']][0] + ':' + b.key} AS row
