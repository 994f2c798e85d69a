UNWIND $rows AS row
MERGE (n:Park {key: row.key})
WITH *, n.version AS version
SET n = row.props, n.version = version, n:Searchable
WITH n, row
OPTIONAL MATCH (parent:Park {key: row.parent})
FOREACH (p IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END | MERGE (n)-[:PART_OF]->(p))
WITH n, row
OPTIONAL MATCH (region:Region {key: row.region})
FOREACH (r IN CASE WHEN region IS NULL THEN [] ELSE [region] END | MERGE (n)-[:IN_REGION]->(r))
