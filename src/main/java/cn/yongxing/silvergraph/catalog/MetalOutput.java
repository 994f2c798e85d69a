package cn.yongxing.silvergraph.catalog;

import java.util.List;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * The output of a metal by a cluster or enterprise in one year ({@code OUTPUT}), as one source reports
 * it; several sources may report the same output differently ({@link ReportedFigures}).
 *
 * @param definition what exactly was measured (e.g. high-purity silver), if the source says
 * @param verdict how it compares with the other figures of the same metal, holder and year
 * @param conflictsWith the figures of the same metal, holder and year that give another tonnage
 */
public record MetalOutput(Metal metal, GraphNode holder, int year, double tonnes, @Nullable String qualifier,
		List<Source> sources, @Nullable String definition, ReportedFigures.Verdict verdict,
		List<MetalOutput> conflictsWith) {


	/** An {@code OUTPUT} relationship as read (its verdict comes from {@link #judged}). */
	static MetalOutput of(Relation.Edge edge) {
		Value r = edge.relationship();
		return new MetalOutput(Metal.from(edge.start()), edge.endNode(), r.get("year").asInt(), r.get("tonnes").asDouble(),
				Props.str(r, "qualifier"), edge.sources(), ReportedFigures.definition(r), ReportedFigures.Verdict.ALONE,
				List.of());
	}

	/** Whether another source gives another tonnage for the same metal, holder and year. */
	public boolean conflicting() {
		return verdict.conflicting();
	}

	/** Whether this is the figure analyses use, by the documented precedence. */
	public boolean preferred() {
		return verdict.preferred();
	}

	/** Its place by the precedence among the figures of the same metal, holder and year (1 = used). */
	public int rank() {
		return verdict.rank();
	}

	/** The outputs with their verdicts, compared per metal, holder and year. */
	static List<MetalOutput> judged(List<MetalOutput> outputs) {
		return ReportedFigures.apply(outputs, o -> List.of(o.metal().key(), o.holder().id(), o.year()),
				o -> new ReportedFigures.Reading(o.tonnes(), o.definition(), o.qualifier(),
						ReportedFigures.newest(o.sources()), ReportedFigures.firstKey(o.sources())),
				(o, v, rivals) -> new MetalOutput(o.metal(), o.holder(), o.year(), o.tonnes(), o.qualifier(), o.sources(),
						o.definition(), v, rivals));
	}

}
