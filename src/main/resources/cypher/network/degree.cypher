// Degree (number of partners) of every node of the projected partner network $graph.
CALL gds.degree.stream($graph)
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
RETURN labels(n)[0] + ':' + n.key AS id, score
