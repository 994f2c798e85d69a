UNWIND $rows AS row
MERGE (n:Patent {key: row.key})
SET n = row.props, n:Searchable
