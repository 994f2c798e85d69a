package cn.yongxing.silvergraph.cluster;

import java.util.List;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Source;

/** Something a cluster or park wants to develop ({@code TARGETS}): a product, metal or corridor. */
public record DevelopmentTarget(GraphNode holder, GraphNode target, String kind, List<Source> sources) {

	/** A {@code TARGETS} relationship as read. */
	public static DevelopmentTarget of(Relation.Edge edge) {
		return new DevelopmentTarget(edge.startNode(), edge.endNode(), Props.reqStr(edge.relationship(), "kind"),
				edge.sources());
	}

}
