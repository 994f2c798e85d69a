// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Enterprise|Institution|Cluster)-[r:PARTICIPATES_IN]->(b:Project)
RETURN r {.*, participant: [l IN labels(a) WHERE l IN ['Enterprise', 'Institution', 'Cluster']][0] + ':' + a.key, project: b.key} AS row
