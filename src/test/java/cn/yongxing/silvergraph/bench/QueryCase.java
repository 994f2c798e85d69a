package cn.yongxing.silvergraph.bench;

import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * One logical query of the mix, with its form for each target (a GraphQL document for ours and for
 * the peer, Cypher for the driver; {@code null} where a target has no such query) and a generator of
 * parameters so that consecutive requests ask about different nodes.
 */
record QueryCase(String name, String ours, String peer, String cypher,
		Function<RandomGenerator, Map<String, Object>> params) {

	/** Whether this is an analysis query (ours only) rather than a relation query all three answer. */
	boolean analysis() {
		return peer == null && cypher == null;
	}

}
