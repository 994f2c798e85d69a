// Removes the relationship(s) of one row; identity properties left out match any value.
WITH $row AS row
MATCH (a:$(row.holder.label) {key: row.holder.key})-[r:HOLDS]->(b:Patent {key: row.patent})
DELETE r
RETURN count(r) AS removed
