package cn.yongxing.silvergraph.cluster;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An economic zone, industrial park or corridor; parks form a hierarchy through PART_OF. */
@Node("Park")
public record Park(@Id String key, String name, @Nullable String nameEn, String kind, @Nullable String layout, @Nullable String status) implements GraphNode {

	@Override
	public String label() {
		return "Park";
	}

	/** Maps a {@code :Park} node. */
	public static Park from(Value n) {
		return new Park(Props.reqStr(n, "key"), Props.reqStr(n, "name"), Props.str(n, "nameEn"), Props.reqStr(n, "kind"), Props.str(n, "layout"), Props.str(n, "status"));
	}

}
