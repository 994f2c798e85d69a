package cn.yongxing.silvergraph.network;

import cn.yongxing.silvergraph.graph.GlobalId;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * An actor of the partner network: an enterprise or an institution.
 *
 * @param id global id
 * @param type {@code Enterprise} or {@code Institution}
 * @param name name in Chinese
 * @param nameEn name in English, if known
 * @param local for enterprises, whether inside the cluster
 * @param kind for institutions, UNIVERSITY, INSTITUTE, LAB, ASSOCIATION or ACADEMY
 */
public record Partner(String id, String type, String name, @Nullable String nameEn, @Nullable Boolean local,
		@Nullable String kind) {

	/** From a node, or from a map of its properties with its {@code type} (label). */
	static Partner from(Value node) {
		String type = node.type().name().equals("NODE") ? node.asNode().hasLabel("Enterprise") ? "Enterprise" : "Institution"
				: Props.reqStr(node, "type");
		return new Partner(GlobalId.of(type, Props.reqStr(node, "key")), type, Props.reqStr(node, "name"),
				Props.str(node, "nameEn"), Props.bool(node, "local"), Props.str(node, "kind"));
	}

}
