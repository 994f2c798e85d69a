package cn.yongxing.silvergraph.chain;

import java.util.List;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/**
 * A relationship of the graph that a gap rests on.
 *
 * @param type relationship type (PRODUCES, SUPPLIES, TARGETS)
 * @param from start node
 * @param to end node
 * @param detail the figures on it (status, tonnes, year, kind), in English
 * @param sources where the fact comes from
 * @param detailZh the same figures in Chinese
 */
public record EvidenceEdge(String type, GraphNode from, GraphNode to, @Nullable String detail, List<Source> sources,
		@Nullable String detailZh) {

	/** An edge whose detail reads the same in both languages (or has none). */
	public EvidenceEdge(String type, GraphNode from, GraphNode to, @Nullable String detail, List<Source> sources) {
		this(type, from, to, detail, sources, detail);
	}

}
