package cn.yongxing.silvergraph.catalog;

import java.util.List;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Scalar;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A designation held by an enterprise, park or cluster ({@code HAS_DESIGNATION}). */
public record DesignationAward(Designation designation, GraphNode holder, @Nullable Integer year,
		@Nullable String level, @Nullable Product product, List<Source> sources) {

	/** The designations nodes of {@code holder} hold, latest award first: their {@code designations} field. */
	public static Relation heldBy(Class<? extends GraphNode> holder) {
		return awards(Relation.of(holder, "designations").out("HAS_DESIGNATION", Designation.class)
			.orderBy(Relation.Sort.relDesc("year"), Relation.Sort.asc("key"), Relation.Sort.relAsc("product"),
					Relation.Sort.relAsc("source")));
	}

	/** The holders (of any label) of a designation: its {@code holders} field. */
	public static Relation holders() {
		return awards(Relation.of(Designation.class, "holders").in("HAS_DESIGNATION", GraphNode.class)
			.orderBy(Relation.Sort.asc("key"), Relation.Sort.relAsc("product"), Relation.Sort.relAsc("source")));
	}

	/** The {@code HAS_DESIGNATION} relationships of a path as awards, with their product and properties. */
	private static Relation awards(Relation path) {
		return path.edges(DesignationAward.class, DesignationAward::of, "holder", "designation")
			.lookup("product", "Product", "product")
			.properties(Scalar.integer("year"), Scalar.text("level"), Scalar.text("product"));
	}

	/** A {@code HAS_DESIGNATION} relationship as read, with the product its {@code product} property names. */
	public static DesignationAward of(Relation.Edge edge) {
		Value r = edge.relationship();
		return new DesignationAward(Designation.from(edge.end()), edge.startNode(), Props.integer(r, "year"),
				Props.str(r, "level"), edge.looked() == null ? null : Product.from(edge.looked()), edge.sources());
	}

}
