// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Enterprise|Cluster|Park)-[r:HAS_DESIGNATION]->(b:Designation) WHERE ($from IS NULL OR a.key = $from) AND ($to IS NULL OR b.key = $to)
RETURN r {.*, holder: [l IN labels(a) WHERE l IN ['Enterprise', 'Cluster', 'Park']][0] + ':' + a.key, designation: b.key, product: CASE r.product WHEN '' THEN null ELSE r.product END} AS row
