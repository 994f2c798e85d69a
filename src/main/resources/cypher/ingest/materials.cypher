UNWIND $rows AS row
MERGE (n:Material {key: row.key})
SET n = row.props, n:Searchable
