package cn.yongxing.silvergraph.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import cn.yongxing.silvergraph.graph.Citations;
import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.NodeMapper;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Catalog reads other features reuse: shares, outputs, designations and participations of any
 * holder, each one batched query for many holders.
 */
@Service
public class CatalogQueries {

	private final GraphReader reader;

	private final NodeMapper nodes;

	CatalogQueries(GraphReader reader, NodeMapper nodes) {
		this.reader = reader;
		this.nodes = nodes;
	}

	/** Shares held by nodes (any label), by holder. */
	public <P extends GraphNode> Map<P, List<MetalShare>> sharesHeldBy(Collection<P> holders) {
		return judged(reader.many("sharesHeldBy", holders, GraphNode::id, GraphReader.UNWIND_IDS_AS_H + """
				MATCH (h)<-[r:HAS_SHARE]-(m:Metal)
				%s
				RETURN key, m, r, h, src ORDER BY r.year DESC, m.key, r.scope, r.basis, r.source, r.definition""".formatted(Citations.CLAUSE), this::share),
				MetalShare::judged);
	}

	/** Outputs held by nodes (any label), by holder. */
	public <P extends GraphNode> Map<P, List<MetalOutput>> outputsOf(Collection<P> holders) {
		return judged(reader.many("outputsOf", holders, GraphNode::id, GraphReader.UNWIND_IDS_AS_H + """
				MATCH (h)<-[r:OUTPUT]-(m:Metal)
				%s
				RETURN key, m, r, h, src ORDER BY r.year DESC, m.key, r.source, r.definition""".formatted(Citations.CLAUSE), this::output),
				MetalOutput::judged);
	}

	/** Each list of figures with its verdicts: figures are compared within the list they are read with. */
	static <P, T> Map<P, List<T>> judged(Map<P, List<T>> byParent, UnaryOperator<List<T>> judge) {
		Map<P, List<T>> out = new LinkedHashMap<>();
		byParent.forEach((parent, list) -> out.put(parent, judge.apply(list)));
		return out;
	}

	MetalShare share(Record row) {
		var r = row.get("r");
		return new MetalShare(Metal.from(row.get("m")), nodes.map(row.get("h")), Props.reqStr(r, "scope"),
				Props.reqStr(r, "basis"), r.get("value").asDouble(), r.get("year").asInt(), Props.str(r, "qualifier"),
				Citations.of(row), ReportedFigures.definition(r), ReportedFigures.Verdict.ALONE, List.of());
	}

	MetalOutput output(Record row) {
		var r = row.get("r");
		return new MetalOutput(Metal.from(row.get("m")), nodes.map(row.get("h")), r.get("year").asInt(),
				r.get("tonnes").asDouble(), Props.str(r, "qualifier"), Citations.of(row), ReportedFigures.definition(r),
				ReportedFigures.Verdict.ALONE, List.of());
	}

}
