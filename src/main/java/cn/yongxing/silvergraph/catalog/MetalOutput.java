package cn.yongxing.silvergraph.catalog;

import java.util.List;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/** The output of a metal by a cluster or enterprise in one year ({@code OUTPUT}). */
public record MetalOutput(Metal metal, GraphNode holder, int year, double tonnes, @Nullable String qualifier,
		List<Source> sources) {
}
