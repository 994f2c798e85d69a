// Weighted PageRank, betweenness (exact, or estimated from $samplingSize source nodes on large
// graphs) and degree (number of partners) of every node of the projected partner network $graph,
// stored on the projection and streamed back together.
CALL gds.pageRank.mutate($graph, {relationshipWeightProperty: 'weight', mutateProperty: 'pageRank'})
YIELD nodePropertiesWritten AS ranked
CALL gds.betweenness.mutate($graph, {mutateProperty: 'betweenness', samplingSize: $samplingSize, samplingSeed: 42})
YIELD nodePropertiesWritten AS between
CALL gds.degree.mutate($graph, {mutateProperty: 'degree'})
YIELD nodePropertiesWritten AS degrees
CALL gds.graph.nodeProperties.stream($graph, ['pageRank', 'betweenness', 'degree'])
YIELD nodeId, nodeProperty, propertyValue
WITH nodeId, collect([nodeProperty, propertyValue]) AS values
WITH gds.util.asNode(nodeId) AS n, values
RETURN labels(n)[0] + ':' + n.key AS id,
       [v IN values WHERE v[0] = 'pageRank' | v[1]][0] AS pageRank,
       [v IN values WHERE v[0] = 'betweenness' | v[1]][0] AS betweenness,
       toInteger([v IN values WHERE v[0] = 'degree' | v[1]][0]) AS degree
