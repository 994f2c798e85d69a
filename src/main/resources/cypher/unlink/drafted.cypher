// Removes the relationship(s) of one row; identity properties left out match any value.
WITH $row AS row
MATCH (a:$(row.drafter.label) {key: row.drafter.key})-[r:DRAFTED]->(b:Standard {key: row.standard})
DELETE r
RETURN count(r) AS removed
