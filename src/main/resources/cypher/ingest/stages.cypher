UNWIND $rows AS row
MATCH (chain:IndustryChain {key: row.chain})
MERGE (n:ChainStage {key: row.key})
SET n = row.props
MERGE (chain)-[h:HAS_STAGE]->(n)
SET h.order = row.props.order
