package cn.yongxing.silvergraph.catalog;

import java.util.List;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Scalar;
import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A market share of a metal held by a cluster or enterprise in one year ({@code HAS_SHARE}), as one
 * source reports it; several sources may report the same share differently ({@link ReportedFigures}).
 *
 * @param definition what exactly the share is of, if the source says
 * @param verdict how it compares with the other figures of the same metal, holder, scope, basis and year
 * @param conflictsWith the figures of the same share that give another value
 */
public record MetalShare(Metal metal, GraphNode holder, String scope, String basis, double value, int year,
		@Nullable String qualifier, List<Source> sources, @Nullable String definition, ReportedFigures.Verdict verdict,
		List<MetalShare> conflictsWith) {


	/** The shares nodes of {@code holder} hold, latest first, with their verdicts: their {@code shares} field. */
	public static Relation heldBy(Class<? extends GraphNode> holder) {
		return shares(Relation.of(holder, "shares").in("HAS_SHARE", Metal.class)
			.orderBy(Relation.Sort.relDesc("year"), Relation.Sort.asc("key"), Relation.Sort.relAsc("scope"),
					Relation.Sort.relAsc("basis"), Relation.Sort.relAsc("source"), Relation.Sort.relAsc("definition")));
	}

	/** The shares of a metal (held by nodes of any label), latest first: its {@code shares} field. */
	static Relation ofMetal() {
		return shares(Relation.of(Metal.class, "shares").out("HAS_SHARE", GraphNode.class)
			.orderBy(Relation.Sort.relDesc("year"), Relation.Sort.relAsc("scope"), Relation.Sort.relAsc("basis"),
					Relation.Sort.asc("key"), Relation.Sort.relAsc("source"), Relation.Sort.relAsc("definition")));
	}

	/** The {@code HAS_SHARE} relationships of a path as shares judged against each other, with their properties. */
	private static Relation shares(Relation path) {
		return path.edges(MetalShare.class, MetalShare::of, "metal", "holder")
			.judged(MetalShare::judged)
			.properties(Scalar.text("scope"), Scalar.text("basis"), Scalar.decimal("value"), Scalar.integer("year"),
					Scalar.text("qualifier"));
	}

	/** A {@code HAS_SHARE} relationship as read (its verdict comes from {@link #judged}). */
	static MetalShare of(Relation.Edge edge) {
		Value r = edge.relationship();
		return new MetalShare(Metal.from(edge.start()), edge.endNode(), Props.reqStr(r, "scope"), Props.reqStr(r, "basis"),
				r.get("value").asDouble(), r.get("year").asInt(), Props.str(r, "qualifier"), edge.sources(),
				ReportedFigures.definition(r), ReportedFigures.Verdict.ALONE, List.of());
	}

	/** Whether another source gives another value for the same share. */
	public boolean conflicting() {
		return verdict.conflicting();
	}

	/** Whether this is the figure analyses use, by the documented precedence. */
	public boolean preferred() {
		return verdict.preferred();
	}

	/** Its place by the precedence among the figures of the same share (1 = used). */
	public int rank() {
		return verdict.rank();
	}

	/** The shares with their verdicts, compared per metal, holder, scope, basis and year. */
	static List<MetalShare> judged(List<MetalShare> shares) {
		return ReportedFigures.apply(shares, s -> List.of(s.metal().key(), s.holder().id(), s.scope(), s.basis(), s.year()),
				s -> new ReportedFigures.Reading(s.value(), s.definition(), s.qualifier(),
						ReportedFigures.newest(s.sources()), ReportedFigures.firstKey(s.sources())),
				(s, v, rivals) -> new MetalShare(s.metal(), s.holder(), s.scope(), s.basis(), s.value(), s.year(),
						s.qualifier(), s.sources(), s.definition(), v, rivals));
	}

}
