// Weighted PageRank of every node of the projected graph $graph.
CALL gds.pageRank.stream($graph, {relationshipWeightProperty: 'weight'})
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
RETURN labels(n)[0] + ':' + n.key AS id, score
