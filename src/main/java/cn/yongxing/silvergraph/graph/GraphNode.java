package cn.yongxing.silvergraph.graph;

/** A node of the graph exposed through the GraphQL {@code Node} interface. */
public interface GraphNode {

	/** The node label, which is also its GraphQL type name. */
	String label();

	/** The natural key. */
	String key();

	/** The Relay global id, {@code Label:key}. */
	default String id() {
		return GlobalId.of(label(), key());
	}

}
