// Projects a given partner network (the pairs in $pairs, each {a, b, weight} with global ids)
// into the GDS catalog under the name $graph, undirected.
UNWIND $pairs AS pair
WITH pair, split(pair.a, ':')[0] AS al, substring(pair.a, size(split(pair.a, ':')[0]) + 1) AS ak,
     split(pair.b, ':')[0] AS bl, substring(pair.b, size(split(pair.b, ':')[0]) + 1) AS bk
MATCH (a:$(al) {key: ak})
MATCH (b:$(bl) {key: bk})
WITH gds.graph.project($graph, a, b, {relationshipProperties: {weight: toFloat(pair.weight)}},
       {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
