package cn.yongxing.silvergraph.enterprise;

import java.util.List;

import cn.yongxing.silvergraph.catalog.Product;
import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A supply link between two enterprises ({@code SUPPLIES}). */
public record SupplyLink(Enterprise supplier, Enterprise customer, String productKey, @Nullable Product product, @Nullable Double volumeT, int year, List<Source> sources) {

	/** A {@code SUPPLIES} relationship as read, with the product it names when that was read. */
	static SupplyLink of(Relation.Edge edge) {
		Value r = edge.relationship();
		return new SupplyLink(Enterprise.from(edge.start()), Enterprise.from(edge.end()), Props.reqStr(r, "product"),
				edge.looked() == null ? null : Product.from(edge.looked()), Props.dbl(r, "volumeT"), r.get("year").asInt(),
				edge.sources());
	}

}
