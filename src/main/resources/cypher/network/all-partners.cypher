// Every enterprise and institution, in key order, at most $limit (the whole-cluster network).
MATCH (a)
WHERE a:Enterprise OR a:Institution
RETURN a
ORDER BY labels(a)[0], a.key
LIMIT $limit
