// The partner links of the nodes in $ids (global ids of enterprises and institutions), at most
// $rowLimit facts, with partners among $within only (any when null): one step of the bounded k-hop
// expansion. Partners come back as the few properties a network shows, not whole nodes.
UNWIND $ids AS id
WITH split(id, ':')[0] AS label, substring(id, size(split(id, ':')[0]) + 1) AS nodeKey
MATCH (a:$(label) {key: nodeKey})
WHERE a:Enterprise OR a:Institution
{{links}}
RETURN a {.key, .name, .nameEn, .local, .kind, type: CASE WHEN a:Enterprise THEN 'Enterprise' ELSE 'Institution' END} AS a,
       b {.key, .name, .nameEn, .local, .kind, type: CASE WHEN b:Enterprise THEN 'Enterprise' ELSE 'Institution' END} AS b,
       kind, via, fact, cites, direction
LIMIT $rowLimit
