// Enterprises whose product profile (metals, chain stages) resembles that of the enterprise $key,
// by GDS node similarity (Jaccard) on the projected profile graph $graph.
MATCH (e:Enterprise {key: $key})
CALL gds.nodeSimilarity.filtered.stream($graph, {sourceNodeFilter: [e], topK: $topK, similarityCutoff: 0.05})
YIELD node1, node2, similarity
WITH gds.util.asNode(node2) AS other, similarity
RETURN 'Enterprise:' + other.key AS id, similarity
ORDER BY similarity DESC, id
