// One shortest chain of partner links between two partners, through at most 12 relationships of
// the types in $types: enterprises and institutions, with the projects, patents and standards
// that join them. Hops are counted in relationships here; the service reports partner hops.
MATCH (a:$($fromLabel) {key: $fromKey}), (b:$($toLabel) {key: $toKey})
MATCH p = SHORTEST 1 (a)((x)-[r]-(y)
    WHERE type(r) IN $types AND (y:Enterprise OR y:Institution OR y:Project OR y:Patent OR y:Standard)){1,12}(b)
RETURN [n IN nodes(p) WHERE n:Enterprise OR n:Institution | labels(n)[0] + ':' + n.key] AS partners
