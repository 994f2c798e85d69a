// A pilot of the estimated betweenness on the projected partner network $graph: the same computation
// from $samplingSize sampled sources, but no scores are streamed, so its time is the cost of the
// sources alone (PartnerNetworks sizes the estimate by it).
CALL gds.betweenness.stats($graph, {samplingSize: $samplingSize, samplingSeed: 42})
YIELD computeMillis
RETURN computeMillis
