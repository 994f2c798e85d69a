package cn.yongxing.silvergraph.enterprise;

import java.util.List;

import cn.yongxing.silvergraph.catalog.Product;
import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** An enterprise producing a product ({@code PRODUCES}). */
public record Production(Enterprise enterprise, Product product, @Nullable Double capacityT, @Nullable Double outputT, @Nullable Integer year, @Nullable String purity, String status, List<Source> sources) {

	/** A {@code PRODUCES} relationship as read. */
	static Production of(Relation.Edge edge) {
		Value r = edge.relationship();
		return new Production(Enterprise.from(edge.start()), Product.from(edge.end()), Props.dbl(r, "capacityT"),
				Props.dbl(r, "outputT"), Props.integer(r, "year"), Props.str(r, "purity"), Props.reqStr(r, "status"),
				edge.sources());
	}

}
