package cn.yongxing.silvergraph.enterprise;

import java.util.List;

import cn.yongxing.silvergraph.catalog.Material;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/** An enterprise taking in a waste material ({@code PROCESSES}). */
public record Processing(Enterprise enterprise, Material material, @Nullable Double volumeT, @Nullable Integer year, List<Source> sources) {
}
