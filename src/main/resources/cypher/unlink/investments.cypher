// Removes the relationship(s) of one row; identity properties left out match any value.
WITH $row AS row
MATCH (a:Enterprise {key: row.enterprise})-[r:INVESTED_IN]->(b:$(row.target.label) {key: row.target.key})
DELETE r
RETURN count(r) AS removed
