// One row per node and source citing it; the exporter keeps the columns of the format.
MATCH (n:Product) WHERE $key IS NULL OR n.key = $key
OPTIONAL MATCH (n)-[c:CITED_BY]->(s:Source)
RETURN n {.*, metal: head([(n)-[:OF_METAL]->(x:Metal) | x.key]), stages: [(n)-[:AT_STAGE]->(x:ChainStage) | x.key], source: s.key, excerpt: c.excerpt} AS row
