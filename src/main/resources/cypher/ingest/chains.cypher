UNWIND $rows AS row
MATCH (metal:Metal {key: row.metal})
MERGE (n:IndustryChain {key: row.key})
SET n = row.props
MERGE (n)-[:OF_METAL]->(metal)
