package cn.yongxing.silvergraph.catalog;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A title or designation (single champion, green factory, listed company, ...). */
@Node("Designation")
public record Designation(@Id String key, String name, @Nullable String nameEn, @Nullable String level, String kind) implements GraphNode {

	@Override
	public String label() {
		return "Designation";
	}

	/** Maps a {@code :Designation} node. */
	public static Designation from(Value n) {
		return new Designation(Props.reqStr(n, "key"), Props.reqStr(n, "name"), Props.str(n, "nameEn"), Props.str(n, "level"), Props.reqStr(n, "kind"));
	}

}
