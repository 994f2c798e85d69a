UNWIND $rows AS row
MERGE (n:Platform {key: row.key})
WITH *, n.version AS version
SET n = row.props, n.version = version, n:Searchable
WITH n, row
OPTIONAL MATCH (operator:$(coalesce(row.operator.label, 'Enterprise')) {key: row.operator.key})
FOREACH (o IN CASE WHEN operator IS NULL THEN [] ELSE [operator] END | MERGE (o)-[:OPERATES]->(n))
