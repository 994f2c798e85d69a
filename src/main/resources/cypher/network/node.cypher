// The enterprises and institutions named by the global ids in $ids.
UNWIND $ids AS id
WITH split(id, ':')[0] AS label, substring(id, size(split(id, ':')[0]) + 1) AS nodeKey
MATCH (a:$(label) {key: nodeKey})
WHERE a:Enterprise OR a:Institution
RETURN a
