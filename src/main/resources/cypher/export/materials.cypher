// One row per node and source citing it; the exporter keeps the columns of the format.
MATCH (n:Material) WHERE $key IS NULL OR n.key = $key
OPTIONAL MATCH (n)-[c:CITED_BY]->(s:Source)
RETURN n {.*, source: s.key, excerpt: c.excerpt} AS row
