package cn.yongxing.silvergraph.catalog;

import java.util.List;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/** A market share of a metal held by a cluster or enterprise in one year ({@code HAS_SHARE}). */
public record MetalShare(Metal metal, GraphNode holder, String scope, String basis, double value, int year,
		@Nullable String qualifier, List<Source> sources) {
}
