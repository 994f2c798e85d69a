UNWIND $rows AS row
MERGE (n:Enterprise {key: row.key})
SET n = row.props, n:Searchable
WITH n, row
OPTIONAL MATCH (park:Park {key: row.park})
FOREACH (p IN CASE WHEN park IS NULL THEN [] ELSE [park] END | MERGE (n)-[:LOCATED_IN]->(p))
