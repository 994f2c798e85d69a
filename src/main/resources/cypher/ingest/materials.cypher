UNWIND $rows AS row
MERGE (n:Material {key: row.key})
WITH *, n.version AS version
SET n = row.props, n.version = version, n:Searchable
