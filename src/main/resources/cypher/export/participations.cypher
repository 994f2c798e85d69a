// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Enterprise|Institution|Cluster)-[r:PARTICIPATES_IN]->(b:Project) WHERE ($from IS NULL OR a.key = $from) AND ($to IS NULL OR b.key = $to)
RETURN r {.*, participant: [l IN labels(a) WHERE l IN ['Enterprise', 'Institution', 'Cluster']][0] + ':' + a.key, project: b.key} AS row
