// Projects the whole partner network (enterprises and institutions, every link kind in $kinds)
// into the GDS catalog under the name $graph: one undirected relationship per linked pair, its
// weight the number of facts behind the pair. $only is null (links to any partner).
MATCH (a)
WHERE a:Enterprise OR a:Institution
{{links}}
WITH a, b, count(*) AS facts
WHERE elementId(a) < elementId(b)
WITH gds.graph.project($graph, a, b,
       {relationshipType: 'PARTNER', relationshipProperties: {weight: toFloat(facts)}},
       {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
