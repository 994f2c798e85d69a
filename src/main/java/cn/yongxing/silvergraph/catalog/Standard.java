package cn.yongxing.silvergraph.catalog;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A national, industry, local or group standard, or an approved standard project. */
@Node("Standard")
public record Standard(@Id String key, @Nullable String code, String title, @Nullable String titleEn, @Nullable String level, @Nullable String status) implements GraphNode {

	@Override
	public String label() {
		return "Standard";
	}

	/** Maps a {@code :Standard} node. */
	public static Standard from(Value n) {
		return new Standard(Props.reqStr(n, "key"), Props.str(n, "code"), Props.reqStr(n, "title"), Props.str(n, "titleEn"), Props.str(n, "level"), Props.str(n, "status"));
	}

}
