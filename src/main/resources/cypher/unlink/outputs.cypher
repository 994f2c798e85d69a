// Removes the relationship(s) of one row; identity properties left out match any value.
WITH $row AS row
MATCH (a:Metal {key: row.metal})-[r:OUTPUT]->(b:$(row.holder.label) {key: row.holder.key})
WHERE (row.props.year IS NULL OR r.year = row.props.year)
  AND (row.props.source IS NULL OR r.source = row.props.source)
  AND (row.props.definition IS NULL OR r.definition = row.props.definition)
DELETE r
RETURN count(r) AS removed
