package cn.yongxing.silvergraph.catalog;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An innovation platform, technology centre or demonstration project run by a firm or institution. */
@Node("Platform")
public record Platform(@Id String key, String name, @Nullable String nameEn, String kind, @Nullable String level) implements GraphNode {

	@Override
	public String label() {
		return "Platform";
	}

	/** Maps a {@code :Platform} node. */
	public static Platform from(Value n) {
		return new Platform(Props.reqStr(n, "key"), Props.reqStr(n, "name"), Props.str(n, "nameEn"), Props.reqStr(n, "kind"), Props.str(n, "level"));
	}

}
