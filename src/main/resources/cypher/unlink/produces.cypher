// Removes the relationship(s) of one row; identity properties left out match any value.
WITH $row AS row
MATCH (a:Enterprise {key: row.enterprise})-[r:PRODUCES]->(b:Product {key: row.product})
DELETE r
RETURN count(r) AS removed
