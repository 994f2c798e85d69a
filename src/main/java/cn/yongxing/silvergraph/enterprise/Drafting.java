package cn.yongxing.silvergraph.enterprise;

import java.util.List;

import cn.yongxing.silvergraph.catalog.Standard;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/** A standard drafted by an enterprise ({@code DRAFTED}). */
public record Drafting(Standard standard, @Nullable String role, List<Source> sources) {
}
