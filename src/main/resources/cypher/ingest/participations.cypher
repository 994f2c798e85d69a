UNWIND $rows AS row
MATCH (participant:$(row.participant.label) {key: row.participant.key})
MATCH (p:Project {key: row.project})
MERGE (participant)-[r:PARTICIPATES_IN]->(p)
SET r = row.props
