package cn.yongxing.silvergraph.catalog;

import java.util.List;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/** A designation held by an enterprise, park or cluster ({@code HAS_DESIGNATION}). */
public record DesignationAward(Designation designation, GraphNode holder, @Nullable Integer year,
		@Nullable String level, @Nullable Product product, List<Source> sources) {
}
