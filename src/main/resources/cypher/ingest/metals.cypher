UNWIND $rows AS row
MERGE (n:Metal {key: row.key})
SET n = row.props, n:Searchable
