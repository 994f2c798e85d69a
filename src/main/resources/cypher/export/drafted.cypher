// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Enterprise|Institution|Cluster)-[r:DRAFTED]->(b:Standard) WHERE ($from IS NULL OR a.key = $from) AND ($to IS NULL OR b.key = $to)
RETURN r {.*, drafter: [l IN labels(a) WHERE l IN ['Enterprise', 'Institution', 'Cluster']][0] + ':' + a.key, standard: b.key} AS row
