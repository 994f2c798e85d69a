package cn.yongxing.silvergraph.catalog;

import java.util.List;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/** A firm, institution or cluster taking part in a project ({@code PARTICIPATES_IN}). */
public record Participation(GraphNode participant, Project project, @Nullable String role, List<Source> sources) {
}
