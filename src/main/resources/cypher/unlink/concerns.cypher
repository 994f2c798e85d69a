// Removes the relationship(s) of one row; identity properties left out match any value.
WITH $row AS row
MATCH (a:$(row.subject.label) {key: row.subject.key})-[r:CONCERNS]->(b:$(row.object.label) {key: row.object.key})
DELETE r
RETURN count(r) AS removed
