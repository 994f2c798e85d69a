UNWIND $rows AS row
MERGE (n:Source {key: row.key})
SET n = row.props
