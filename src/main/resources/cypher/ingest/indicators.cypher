UNWIND $rows AS row
MATCH (subject:$(row.subject.label) {key: row.subject.key})
MERGE (n:Indicator {key: row.key})
SET n = row.props
MERGE (n)-[:ABOUT]->(subject)
