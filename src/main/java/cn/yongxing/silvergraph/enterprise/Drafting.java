package cn.yongxing.silvergraph.enterprise;

import java.util.List;

import cn.yongxing.silvergraph.catalog.Standard;
import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/** A standard drafted by an enterprise ({@code DRAFTED}). */
public record Drafting(Standard standard, @Nullable String role, List<Source> sources) {

	/** A {@code DRAFTED} relationship as read. */
	static Drafting of(Relation.Edge edge) {
		return new Drafting(Standard.from(edge.end()), Props.str(edge.relationship(), "role"), edge.sources());
	}

}
