UNWIND $rows AS row
MATCH (holder:$(row.holder.label) {key: row.holder.key})
MATCH (target:$(row.target.label) {key: row.target.key})
MERGE (holder)-[r:TARGETS {kind: row.props.kind}]->(target)
SET r = row.props
