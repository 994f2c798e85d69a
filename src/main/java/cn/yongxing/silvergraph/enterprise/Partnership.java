package cn.yongxing.silvergraph.enterprise;

import java.util.List;

import cn.yongxing.silvergraph.catalog.Institution;
import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A research collaboration ({@code COLLABORATES_WITH}). */
public record Partnership(Enterprise enterprise, Institution institution, @Nullable Integer since, String kind, @Nullable String projectKey, List<Source> sources) {

	/** A {@code COLLABORATES_WITH} relationship as read. */
	static Partnership of(Relation.Edge edge) {
		Value r = edge.relationship();
		return new Partnership(Enterprise.from(edge.start()), Institution.from(edge.end()), Props.integer(r, "since"),
				Props.reqStr(r, "kind"), Props.str(r, "project"), edge.sources());
	}

}
