package cn.yongxing.silvergraph.catalog;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A university, institute, laboratory, association or academy. */
@Node("Institution")
public record Institution(@Id String key, String name, @Nullable String nameEn, String kind, @Nullable String city) implements GraphNode {

	@Override
	public String label() {
		return "Institution";
	}

	/** Maps a {@code :Institution} node. */
	public static Institution from(Value n) {
		return new Institution(Props.reqStr(n, "key"), Props.reqStr(n, "name"), Props.str(n, "nameEn"), Props.reqStr(n, "kind"), Props.str(n, "city"));
	}

}
