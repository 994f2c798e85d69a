package cn.yongxing.silvergraph.enterprise;

import java.util.function.Function;

import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.graph.GlobalId;
import cn.yongxing.silvergraph.graph.NodeType;
import cn.yongxing.silvergraph.graph.Scalar;
import cn.yongxing.silvergraph.search.SearchText;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;

/**
 * The enterprise node type as filtered and sorted: its scalars, and the shortcut filters of
 * {@code EnterpriseWhere} written by hand in {@code enterprise.graphqls} (names with pinyin, a park or
 * region with everything inside it, a metal, product, stage or designation), usable at any level of
 * a {@code where} like the generated fields.
 */
final class EnterpriseFilters {

	private EnterpriseFilters() {
	}

	static NodeType nodeType() {
		return new NodeType(Enterprise.class, Enterprise::from)
			.scalars(Scalar.text("name").collated(), Scalar.text("creditCode"), Scalar.text("nameEn"),
					Scalar.text("shortName"), Scalar.integer("founded"), Scalar.integer("employees"),
					Scalar.integer("rdStaff"), Scalar.bool("local"), Scalar.text("ownership"),
					Scalar.decimal("latestOutputT").orderAs("LATEST_OUTPUT"), Scalar.bool("identityUncertain"))
			.shortcut("nameContains", (e, value, param) -> ((String) value).isBlank() ? Cypher.noCondition()
					: e.property("search").contains(param.apply(SearchText.normalizeQuery((String) value))))
			.shortcut("local", (e, value, param) -> e.property("local").isEqualTo(param.apply(value)))
			.shortcut("park", (e, value, param) -> Cypher.exists(e.relationshipTo(Cypher.node("Park"), "LOCATED_IN")
				.relationshipTo(keyed("Park", value, param), "PART_OF").length(0, null)))
			.shortcut("region", (e, value, param) -> Cypher.exists(e.relationshipTo(Cypher.node("Region"), "IN_REGION")
				.relationshipTo(keyed("Region", value, param), "PART_OF").length(0, null)))
			.shortcut("metal", (e, value, param) -> Cypher.exists(makers(e, value, param)))
			.shortcut("product",
					(e, value, param) -> Cypher.exists(e.relationshipTo(keyed("Product", value, param), "PRODUCES")))
			.shortcut("stage", (e, value, param) -> Cypher.exists(e.relationshipTo(Cypher.node("Product"), "PRODUCES")
				.relationshipTo(keyed("ChainStage", value, param), "AT_STAGE")))
			.shortcut("designation",
					(e, value, param) -> Cypher.exists(e.relationshipTo(keyed("Designation", value, param), "HAS_DESIGNATION")));
	}

	/** {@code (e)-[:PRODUCES]->(:Product)-[:OF_METAL]->(:Metal {key: $metal})}. */
	static PatternElement makers(Node e, Object metal, Function<Object, Expression> param) {
		Node m = Cypher.node("Metal").withProperties("key", param.apply(metal));
		return e.relationshipTo(Cypher.node("Product"), "PRODUCES").relationshipTo(m, "OF_METAL");
	}

	private static Node keyed(String label, Object idOrKey, Function<Object, Expression> param) {
		return Cypher.node(label).withProperties("key", param.apply(key(label, (String) idOrKey)));
	}

	/** Accepts a global id of the expected label or a bare key. */
	private static String key(String label, String idOrKey) {
		if (idOrKey.contains(":")) {
			GlobalId id = GlobalId.parse(idOrKey);
			if (!id.label().equals(label)) {
				throw new BadInputException("'" + idOrKey + "' is not a " + label + " id");
			}
			return id.key();
		}
		return idOrKey;
	}

}
