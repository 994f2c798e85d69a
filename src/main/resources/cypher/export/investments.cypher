// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Enterprise)-[r:INVESTED_IN]->(b:Park|Cluster) WHERE ($from IS NULL OR a.key = $from) AND ($to IS NULL OR b.key = $to)
RETURN r {.*, enterprise: a.key, target: [l IN labels(b) WHERE l IN ['Park', 'Cluster']][0] + ':' + b.key} AS row
