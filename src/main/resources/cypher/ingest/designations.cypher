UNWIND $rows AS row
MERGE (n:Designation {key: row.key})
WITH *, n.version AS version
SET n = row.props, n.version = version, n:Searchable
