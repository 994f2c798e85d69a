UNWIND $rows AS row
MATCH (e:Enterprise {key: row.enterprise})
MATCH (p:Product {key: row.product})
MERGE (e)-[r:PRODUCES]->(p)
SET r = row.props
