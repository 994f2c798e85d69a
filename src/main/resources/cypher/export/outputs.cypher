// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Metal)-[r:OUTPUT]->(b:Cluster|Enterprise)
RETURN r {.*, metal: a.key, holder: [l IN labels(b) WHERE l IN ['Cluster', 'Enterprise']][0] + ':' + b.key} AS row
