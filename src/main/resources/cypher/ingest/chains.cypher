UNWIND $rows AS row
MATCH (metal:Metal {key: row.metal})
MERGE (n:IndustryChain {key: row.key})
WITH *, n.version AS version
SET n = row.props, n.version = version
MERGE (n)-[:OF_METAL]->(metal)
