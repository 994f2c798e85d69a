UNWIND $rows AS row
MERGE (n:Standard {key: row.key})
WITH *, n.version AS version
SET n = row.props, n.version = version, n:Searchable
WITH n, row
OPTIONAL MATCH (metal:Metal {key: row.metal})
FOREACH (m IN CASE WHEN metal IS NULL THEN [] ELSE [metal] END | MERGE (n)-[:CONCERNS]->(m))
