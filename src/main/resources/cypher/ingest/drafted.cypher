UNWIND $rows AS row
MATCH (drafter:$(row.drafter.label) {key: row.drafter.key})
MATCH (s:Standard {key: row.standard})
MERGE (drafter)-[r:DRAFTED]->(s)
SET r = row.props
