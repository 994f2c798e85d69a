package cn.yongxing.silvergraph.catalog;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A waste stream the cluster recovers metals from. */
@Node("Material")
public record Material(@Id String key, String name, @Nullable String nameZh, @Nullable String category) implements GraphNode {

	@Override
	public String label() {
		return "Material";
	}

	/** Maps a {@code :Material} node. */
	public static Material from(Value n) {
		return new Material(Props.reqStr(n, "key"), Props.reqStr(n, "name"), Props.str(n, "nameZh"), Props.str(n, "category"));
	}

}
