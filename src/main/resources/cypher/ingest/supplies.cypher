UNWIND $rows AS row
MATCH (from:Enterprise {key: row.from})
MATCH (to:Enterprise {key: row.to})
MERGE (from)-[r:SUPPLIES {product: row.props.product, year: row.props.year}]->(to)
SET r = row.props
