// Removes the relationship(s) of one row; identity properties left out match any value.
WITH $row AS row
MATCH (a:$(row.holder.label) {key: row.holder.key})-[r:TARGETS]->(b:$(row.target.label) {key: row.target.key})
WHERE (row.props.kind IS NULL OR r.kind = row.props.kind)
DELETE r
RETURN count(r) AS removed
