UNWIND $rows AS row
MERGE (n:Project {key: row.key})
SET n = row.props, n:Searchable
