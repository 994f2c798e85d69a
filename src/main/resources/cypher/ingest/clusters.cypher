UNWIND $rows AS row
MERGE (n:Cluster {key: row.key})
WITH *, n.version AS version
SET n = row.props, n.version = version
WITH n, row
OPTIONAL MATCH (region:Region {key: row.region})
FOREACH (r IN CASE WHEN region IS NULL THEN [] ELSE [region] END | MERGE (n)-[:IN_REGION]->(r))
