// Removes the relationship(s) of one row; identity properties left out match any value.
WITH $row AS row
MATCH (a:Metal {key: row.metal})-[r:HAS_SHARE]->(b:$(row.holder.label) {key: row.holder.key})
WHERE (row.props.scope IS NULL OR r.scope = row.props.scope)
  AND (row.props.basis IS NULL OR r.basis = row.props.basis)
  AND (row.props.year IS NULL OR r.year = row.props.year)
  AND (row.props.source IS NULL OR r.source = row.props.source)
  AND (row.props.definition IS NULL OR r.definition = row.props.definition)
DELETE r
RETURN count(r) AS removed
