// The partner links of the nodes in $ids (global ids of enterprises and institutions): one step of
// the bounded k-hop expansion. Links to the partners in $known (global ids) and to at most $fresh
// others (any number when null): those tied to $ids by the most facts, then by id. Facts come grouped
// by partner in that order (known partners first), at most $rowLimit of them; partners as the few
// properties a network shows, and only the sources of the facts returned are looked up. $only is
// $known when no other partner may come in ($fresh = 0), else null.
UNWIND $ids AS id
WITH split(id, ':')[0] AS label, substring(id, size(split(id, ':')[0]) + 1) AS nodeKey
MATCH (a:$(label) {key: nodeKey})
WHERE a:Enterprise OR a:Institution
{{links}}
WITH bid, collect({a: a, b: b, kind: kind, via: via, fact: fact, cites: cites, direction: direction}) AS facts
WITH bid, facts, bid IN $known AS known
ORDER BY known DESC, size(facts) DESC, bid
WITH collect({known: known, facts: facts}) AS partners
WITH [p IN partners WHERE p.known] + [p IN partners WHERE NOT p.known][..coalesce($fresh, size(partners))] AS kept
UNWIND kept AS partner
UNWIND partner.facts AS row
WITH row
LIMIT $rowLimit
WITH row, row.a AS a, row.b AS b
RETURN a {.key, .name, .nameEn, .local, .kind, type: CASE WHEN a:Enterprise THEN 'Enterprise' ELSE 'Institution' END} AS a,
       b {.key, .name, .nameEn, .local, .kind, type: CASE WHEN b:Enterprise THEN 'Enterprise' ELSE 'Institution' END} AS b,
       row.kind AS kind, row.via AS via, row.fact AS fact,
       [c IN row.cites | {src: COLLECT { MATCH (s:Source {key: c.source}) RETURN s }[0], excerpt: c.excerpt}] AS cites,
       row.direction AS direction
