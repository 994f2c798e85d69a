// The partner links of the nodes in $ids (global ids of enterprises and institutions), at most
// $rowLimit facts: one step of the bounded k-hop expansion.
UNWIND $ids AS id
WITH split(id, ':')[0] AS label, substring(id, size(split(id, ':')[0]) + 1) AS nodeKey
MATCH (a:$(label) {key: nodeKey})
WHERE a:Enterprise OR a:Institution
{{links}}
RETURN a, b, kind, via, fact, cites, direction
LIMIT $rowLimit
