UNWIND $rows AS row
MATCH (from:$(row.from.label) {key: row.from.key})
MATCH (to:Product {key: row.to})
MERGE (from)-[r:FEEDS]->(to)
SET r = row.props
