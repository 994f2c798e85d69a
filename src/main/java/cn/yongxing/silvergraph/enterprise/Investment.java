package cn.yongxing.silvergraph.enterprise;

import java.util.List;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Scalar;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** An investment or settlement in a park or cluster ({@code INVESTED_IN}). */
public record Investment(Enterprise enterprise, GraphNode target, String kind, @Nullable Integer year, List<Source> sources) {

	/** The {@code INVESTED_IN} relationships of a path as investments, with their properties. */
	static Relation investments(Relation path) {
		return path.edges(Investment.class, Investment::of, "enterprise", "target")
			.properties(Scalar.text("kind"), Scalar.integer("year"));
	}

	/** An {@code INVESTED_IN} relationship as read. */
	public static Investment of(Relation.Edge edge) {
		Value r = edge.relationship();
		return new Investment(Enterprise.from(edge.start()), edge.endNode(), Props.reqStr(r, "kind"),
				Props.integer(r, "year"), edge.sources());
	}

}
