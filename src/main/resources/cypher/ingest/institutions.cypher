UNWIND $rows AS row
MERGE (n:Institution {key: row.key})
SET n = row.props, n:Searchable
