package cn.yongxing.silvergraph.chain;

import java.util.List;

import cn.yongxing.silvergraph.graph.GraphNode;

/**
 * The nodes and edges that justify a gap.
 *
 * @param nodes the product and every node the edges touch
 * @param edges the relationships the gap rests on
 */
public record GapEvidence(List<GraphNode> nodes, List<EvidenceEdge> edges) {
}
