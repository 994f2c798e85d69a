package cn.yongxing.silvergraph.enterprise;

import java.util.List;

import cn.yongxing.silvergraph.catalog.Product;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/** An enterprise producing a product ({@code PRODUCES}). */
public record Production(Enterprise enterprise, Product product, @Nullable Double capacityT, @Nullable Double outputT, @Nullable Integer year, @Nullable String purity, String status, List<Source> sources) {
}
