UNWIND $rows AS row
MATCH (m:Metal {key: row.metal})
MATCH (holder:$(row.holder.label) {key: row.holder.key})
MERGE (m)-[r:HAS_SHARE {scope: row.props.scope, basis: row.props.basis, year: row.props.year}]->(holder)
SET r = row.props
