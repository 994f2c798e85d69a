// Removes the relationship(s) of one row; identity properties left out match any value.
WITH $row AS row
MATCH (a:$(row.from.label) {key: row.from.key})-[r:FEEDS]->(b:Product {key: row.to})
DELETE r
RETURN count(r) AS removed
