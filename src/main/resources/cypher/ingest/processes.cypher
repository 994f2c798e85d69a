UNWIND $rows AS row
MATCH (e:Enterprise {key: row.enterprise})
MATCH (m:Material {key: row.material})
MERGE (e)-[r:PROCESSES]->(m)
SET r = row.props
