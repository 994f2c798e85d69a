// One row per node and source citing it; the exporter keeps the columns of the format.
MATCH (n:Standard) WHERE $key IS NULL OR n.key = $key
OPTIONAL MATCH (n)-[c:CITED_BY]->(s:Source)
RETURN n {.*, metal: head([(n)-[c:CONCERNS]->(x:Metal) WHERE c.source IS NULL | x.key]), source: s.key, excerpt: c.excerpt} AS row
