package cn.yongxing.silvergraph.cluster;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An administrative region: province, city or county. */
@Node("Region")
public record Region(@Id String key, String name, @Nullable String nameEn, String level) implements GraphNode {

	@Override
	public String label() {
		return "Region";
	}

	/** Maps a {@code :Region} node. */
	public static Region from(Value n) {
		return new Region(Props.reqStr(n, "key"), Props.reqStr(n, "name"), Props.str(n, "nameEn"), Props.reqStr(n, "level"));
	}

}
