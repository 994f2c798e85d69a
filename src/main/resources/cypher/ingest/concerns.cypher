UNWIND $rows AS row
MATCH (subject:$(row.subject.label) {key: row.subject.key})
MATCH (object:$(row.object.label) {key: row.object.key})
MERGE (subject)-[r:CONCERNS]->(object)
SET r = row.props
