// Removes the relationship(s) of one row; identity properties left out match any value.
WITH $row AS row
MATCH (a:Enterprise {key: row.enterprise})-[r:COLLABORATES_WITH]->(b:Institution {key: row.institution})
WHERE (row.props.kind IS NULL OR r.kind = row.props.kind)
DELETE r
RETURN count(r) AS removed
