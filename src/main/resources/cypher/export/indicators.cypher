// One row per node and source citing it; the exporter keeps the columns of the format.
MATCH (n:Indicator) WHERE $key IS NULL OR n.key = $key
OPTIONAL MATCH (n)-[c:CITED_BY]->(s:Source)
RETURN n {.*, subject: head([(n)-[:ABOUT]->(x:Cluster|Enterprise|Park|Metal|Region) | [l IN labels(x) WHERE l IN ['Cluster', 'Enterprise', 'Park', 'Metal', 'Region']][0] + ':' + x.key]), source: s.key, excerpt: c.excerpt} AS row
