UNWIND $rows AS row
MERGE (n:Region {key: row.key})
WITH *, n.version AS version
SET n = row.props, n.version = version
WITH n, row
OPTIONAL MATCH (parent:Region {key: row.parent})
FOREACH (p IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END | MERGE (n)-[:PART_OF]->(p))
