UNWIND $rows AS row
MERGE (n:Designation {key: row.key})
SET n = row.props, n:Searchable
