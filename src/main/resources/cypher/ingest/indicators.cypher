UNWIND $rows AS row
MATCH (subject:$(row.subject.label) {key: row.subject.key})
MERGE (n:Indicator {key: row.key})
WITH *, n.version AS version
SET n = row.props, n.version = version
MERGE (n)-[:ABOUT]->(subject)
