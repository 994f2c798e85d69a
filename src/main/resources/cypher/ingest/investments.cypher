UNWIND $rows AS row
MATCH (e:Enterprise {key: row.enterprise})
MATCH (target:$(row.target.label) {key: row.target.key})
MERGE (e)-[r:INVESTED_IN]->(target)
SET r = row.props
