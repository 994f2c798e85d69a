// One shortest chain of partner links between two partners, through at most 12 relationships of
// the types in $types: enterprises and institutions, with the projects, patents and standards
// that join them. Hops are counted in relationships here; the service reports partner hops.
// shortestPath() with predicates over all relationships and nodes runs as a bidirectional
// breadth-first search that applies them while expanding.
MATCH (a:$($fromLabel) {key: $fromKey}), (b:$($toLabel) {key: $toKey})
MATCH p = shortestPath((a)-[*..12]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  AND all(n IN nodes(p) WHERE n:Enterprise OR n:Institution OR n:Project OR n:Patent OR n:Standard)
RETURN [n IN nodes(p) WHERE n:Enterprise OR n:Institution | labels(n)[0] + ':' + n.key] AS partners
