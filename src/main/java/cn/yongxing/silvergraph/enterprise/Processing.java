package cn.yongxing.silvergraph.enterprise;

import java.util.List;

import cn.yongxing.silvergraph.catalog.Material;
import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** An enterprise taking in a waste material ({@code PROCESSES}). */
public record Processing(Enterprise enterprise, Material material, @Nullable Double volumeT, @Nullable Integer year, List<Source> sources) {

	/** A {@code PROCESSES} relationship as read. */
	static Processing of(Relation.Edge edge) {
		Value r = edge.relationship();
		return new Processing(Enterprise.from(edge.start()), Material.from(edge.end()), Props.dbl(r, "volumeT"),
				Props.integer(r, "year"), edge.sources());
	}

}
