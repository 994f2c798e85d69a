package cn.yongxing.silvergraph.cluster;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A reported figure or a goal about a cluster, park, enterprise or metal. */
@Node("Indicator")
public record Indicator(@Id String key, String name, @Nullable String nameEn, double value, @Nullable String unit, @Nullable String qualifier, @Nullable Integer year, @Nullable String period, String kind) implements GraphNode {

	@Override
	public String label() {
		return "Indicator";
	}

	/** Maps a {@code :Indicator} node. */
	public static Indicator from(Value n) {
		return new Indicator(Props.reqStr(n, "key"), Props.reqStr(n, "name"), Props.str(n, "nameEn"), n.get("value").asDouble(), Props.str(n, "unit"), Props.str(n, "qualifier"), Props.integer(n, "year"), Props.str(n, "period"), Props.reqStr(n, "kind"));
	}

}
