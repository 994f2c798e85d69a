package cn.yongxing.silvergraph.search;

import cn.yongxing.silvergraph.graph.GraphNode;

/** One search result: the node, its type, relevance and how it matched. */
public record SearchHit(GraphNode node, SearchType type, double score, String matchedBy) {
}
