// First part of facts.cypher: every local enterprise (through the index on Enterprise.local).
MATCH (e:Enterprise)
WHERE e.local = true
