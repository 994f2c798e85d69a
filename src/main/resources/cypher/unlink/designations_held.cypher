// Removes the relationship(s) of one row; identity properties left out match any value.
WITH $row AS row
MATCH (a:$(row.holder.label) {key: row.holder.key})-[r:HAS_DESIGNATION]->(b:Designation {key: row.designation})
WHERE (row.props.product IS NULL OR r.product = row.props.product)
DELETE r
RETURN count(r) AS removed
