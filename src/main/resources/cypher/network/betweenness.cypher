// Betweenness of every node of the projected partner network $graph: exact when $samplingSize is
// the node count, otherwise estimated from $samplingSize source nodes (fixed seed: same graph, same
// estimate). Error of the estimate against exact at scale 10: docs/network-analytics.md.
CALL gds.betweenness.stream($graph, {samplingSize: $samplingSize, samplingSeed: 42})
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
RETURN labels(n)[0] + ':' + n.key AS id, score
