package cn.yongxing.silvergraph.enterprise;

import java.util.List;

import cn.yongxing.silvergraph.catalog.Product;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/** A supply link between two enterprises ({@code SUPPLIES}). */
public record SupplyLink(Enterprise supplier, Enterprise customer, String productKey, @Nullable Product product, @Nullable Double volumeT, int year, List<Source> sources) {
}
