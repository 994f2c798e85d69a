UNWIND $rows AS row
MATCH (holder:$(row.holder.label) {key: row.holder.key})
MATCH (p:Patent {key: row.patent})
MERGE (holder)-[r:HOLDS]->(p)
SET r = row.props
