// One row per node and source citing it; the exporter keeps the columns of the format.
MATCH (n:ChainStage) WHERE $key IS NULL OR n.key = $key
OPTIONAL MATCH (n)-[c:CITED_BY]->(s:Source)
RETURN n {.*, chain: head([(x:IndustryChain)-[:HAS_STAGE]->(n) | x.key]), source: s.key, excerpt: c.excerpt} AS row
