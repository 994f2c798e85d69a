// One row per node and source citing it; the exporter keeps the columns of the format.
MATCH (n:Platform) WHERE $key IS NULL OR n.key = $key
OPTIONAL MATCH (n)-[c:CITED_BY]->(s:Source)
RETURN n {.*, operator: head([(x:Enterprise|Institution)-[:OPERATES]->(n) | [l IN labels(x) WHERE l IN ['Enterprise', 'Institution']][0] + ':' + x.key]), source: s.key, excerpt: c.excerpt} AS row
