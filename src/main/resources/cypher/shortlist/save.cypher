// Adds a target to the shortlist or updates its status and notes: the entry names its author and
// creation time once, the last editor and time on every save. Run after check.cypher found both ends.
MATCH (e:Enterprise {key: $enterprise})
OPTIONAL MATCH (p:Product {key: $product})
MERGE (s:ShortlistEntry {key: $key})
ON CREATE SET s.author = $actor, s.createdAt = datetime()
SET s.status = $status, s.notes = $notes, s.updatedBy = $actor, s.updatedAt = datetime()
MERGE (s)-[:TARGETS]->(e)
FOREACH (x IN CASE WHEN p IS NULL THEN [] ELSE [p] END | MERGE (s)-[:FOR_PRODUCT]->(x))
