// Removes the relationship(s) of one row; identity properties left out match any value.
WITH $row AS row
MATCH (a:$(row.participant.label) {key: row.participant.key})-[r:PARTICIPATES_IN]->(b:Project {key: row.project})
DELETE r
RETURN count(r) AS removed
