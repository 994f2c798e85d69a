package cn.yongxing.silvergraph.enterprise;

import java.util.List;

import cn.yongxing.silvergraph.catalog.Institution;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/** A research collaboration ({@code COLLABORATES_WITH}). */
public record Partnership(Enterprise enterprise, Institution institution, @Nullable Integer since, String kind, @Nullable String projectKey, List<Source> sources) {
}
