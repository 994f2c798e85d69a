package cn.yongxing.silvergraph.cluster;

import java.util.Arrays;
import java.util.List;

import cn.yongxing.silvergraph.catalog.ReportedFigures;
import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A reported figure or a goal about a cluster, park, enterprise or metal. Figures with the same
 * {@code measure}, year and period report the same quantity; where their values differ they are flagged
 * ({@link ReportedFigures}).
 *
 * @param measure what quantity it reports, shared by the figures that report the same one
 * @param definition what exactly its source counted or measured
 * @param reported publication date of its newest source (read with it, not stored)
 * @param sourceKey key of its first source (read with it, not stored)
 * @param verdict how it compares with the other figures of its measure
 * @param conflictsWith the figures of its measure that give another value
 */
@Node("Indicator")
public record Indicator(@Id String key, String name, @Nullable String nameEn, double value, @Nullable String unit,
		@Nullable String qualifier, @Nullable Integer year, @Nullable String period, String kind, @Nullable String measure,
		@Nullable String definition, @Nullable String reported, @Nullable String sourceKey,
		ReportedFigures.Verdict verdict, List<Indicator> conflictsWith) implements GraphNode {

	/**
	 * The Cypher map projection of an indicator {@code i} with the publication date and key of its
	 * sources, for {@link #from}: the values {@link #about} computes for the joined relation.
	 */
	public static final String PROJECTION = projection();

	private static String projection() {
		org.neo4j.cypherdsl.core.Node i = Cypher.node("Indicator").named("i");
		String text = org.neo4j.cypherdsl.core.renderer.Renderer.getDefaultRenderer().render(Cypher.returning(
				i.project(Cypher.asterisk(), "reported", firstOfItsSources(i, "date", true), "sourceKey",
						firstOfItsSources(i, "key", false))).build());
		return text.substring("RETURN ".length());
	}

	@Override
	public String label() {
		return "Indicator";
	}

	/** Whether another figure of the same measure, year and period gives another value. */
	public boolean conflicting() {
		return verdict.conflicting();
	}

	/** Whether this is the figure of its measure analyses use, by the documented precedence. */
	public boolean preferred() {
		return verdict.preferred();
	}

	/** Its place by the precedence among the figures of its measure (1 = used). */
	public int rank() {
		return verdict.rank();
	}

	/** Maps a {@code :Indicator} node, or its {@link #PROJECTION}. */
	public static Indicator from(Value n) {
		return new Indicator(Props.reqStr(n, "key"), Props.reqStr(n, "name"), Props.str(n, "nameEn"), n.get("value").asDouble(),
				Props.str(n, "unit"), Props.str(n, "qualifier"), Props.integer(n, "year"), Props.str(n, "period"),
				Props.reqStr(n, "kind"), Props.str(n, "measure"), Props.str(n, "definition"), Props.str(n, "reported"),
				Props.str(n, "sourceKey"), ReportedFigures.Verdict.ALONE, List.of());
	}

	/**
	 * The relation {@code indicators} of a subject type: the figures about it, by key, each read with the
	 * publication date of its newest source and the key of its first ({@link #PROJECTION}'s values, from
	 * its citations), the list judged as a whole ({@link #judged}).
	 */
	public static Relation about(Class<? extends GraphNode> subject) {
		return Relation.of(subject, "indicators").in("ABOUT", Indicator.class)
			.computed("reported", i -> firstOfItsSources(i, "date", true))
			.computed("sourceKey", i -> firstOfItsSources(i, "key", false))
			.judged(Indicator::judged);
	}

	/** The newest {@code property} (or the least, when not {@code newest}) of the sources citing {@code i}. */
	private static Expression firstOfItsSources(org.neo4j.cypherdsl.core.Node i, String property, boolean newest) {
		// named after the node: a subquery sees the variables around it, and the caller's names differ
		org.neo4j.cypherdsl.core.Node s = Cypher.node("Source").named(i.getRequiredSymbolicName().getValue() + "_src");
		Expression value = s.property(property);
		var match = Cypher.match(i.relationshipTo(s, "CITED_BY"));
		var returning = newest ? match.where(value.isNotNull()).returning(value).orderBy(value.descending())
				: match.returning(value).orderBy(value.ascending());
		return Cypher.valueAt(Cypher.collect(returning.limit(1).build()), 0);
	}

	/** The indicators of one subject with their verdicts, compared per measure, year and period. */
	public static List<Indicator> judged(List<Indicator> indicators) {
		return ReportedFigures.apply(indicators,
				i -> i.measure() == null ? null : Arrays.asList(i.measure(), i.year(), i.period()),
				i -> new ReportedFigures.Reading(i.value(), i.definition(), i.qualifier(), i.reported(),
						i.sourceKey() == null ? "" : i.sourceKey()),
				(i, v, rivals) -> new Indicator(i.key(), i.name(), i.nameEn(), i.value(), i.unit(), i.qualifier(), i.year(),
						i.period(), i.kind(), i.measure(), i.definition(), i.reported(), i.sourceKey(), v, rivals));
	}

}
