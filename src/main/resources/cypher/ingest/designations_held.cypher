UNWIND $rows AS row
MATCH (holder:$(row.holder.label) {key: row.holder.key})
MATCH (d:Designation {key: row.designation})
MERGE (holder)-[r:HAS_DESIGNATION {product: coalesce(row.props.product, '')}]->(d)
SET r = row.props, r.product = coalesce(row.props.product, '')
