UNWIND $rows AS row
MATCH (chain:IndustryChain {key: row.chain})
MERGE (n:ChainStage {key: row.key})
WITH *, n.version AS version
SET n = row.props, n.version = version
MERGE (chain)-[h:HAS_STAGE]->(n)
SET h.order = row.props.order
