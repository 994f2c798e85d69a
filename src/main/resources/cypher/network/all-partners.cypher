// Every enterprise and institution, at most $limit, in the order the whole-cluster export pages them:
// the most relationships of the partner-link kinds first (the core of the network, institutions
// included, comes on the first page), then label and key, so that the order is stable.
MATCH (a)
WHERE a:Enterprise OR a:Institution
WITH a, COUNT { (a)-[:COLLABORATES_WITH|PARTICIPATES_IN|HOLDS|DRAFTED|SUPPLIES]-() } AS ties
ORDER BY ties DESC, labels(a)[0], a.key
LIMIT $limit
RETURN a
