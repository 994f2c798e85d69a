package cn.yongxing.silvergraph.enterprise;

import java.util.List;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/** An investment or settlement in a park or cluster ({@code INVESTED_IN}). */
public record Investment(Enterprise enterprise, GraphNode target, String kind, @Nullable Integer year, List<Source> sources) {
}
