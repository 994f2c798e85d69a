// Removes the relationship(s) of one row; identity properties left out match any value.
WITH $row AS row
MATCH (a:Enterprise {key: row.from})-[r:SUPPLIES]->(b:Enterprise {key: row.to})
WHERE (row.props.product IS NULL OR r.product = row.props.product)
  AND (row.props.year IS NULL OR r.year = row.props.year)
DELETE r
RETURN count(r) AS removed
