// Louvain communities (weighted) of the projected partner network $graph.
CALL gds.louvain.stream($graph, {relationshipWeightProperty: 'weight'})
YIELD nodeId, communityId
WITH gds.util.asNode(nodeId) AS n, communityId
RETURN communityId, n
ORDER BY communityId, n.key
