UNWIND $rows AS row
MERGE (n:Product {key: row.key})
WITH *, n.version AS version
SET n = row.props, n.version = version, n:Searchable
WITH n, row
OPTIONAL MATCH (metal:Metal {key: row.metal})
FOREACH (m IN CASE WHEN metal IS NULL THEN [] ELSE [metal] END | MERGE (n)-[:OF_METAL]->(m))
WITH n, row
CALL (n, row) {
  UNWIND coalesce(row.stages, []) AS stageKey
  MATCH (stage:ChainStage {key: stageKey})
  MERGE (n)-[:AT_STAGE]->(stage)
}
