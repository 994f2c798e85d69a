UNWIND $rows AS row
MATCH (e:Enterprise {key: row.enterprise})
MATCH (i:Institution {key: row.institution})
MERGE (e)-[r:COLLABORATES_WITH {kind: row.props.kind}]->(i)
SET r = row.props
