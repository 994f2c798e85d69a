package cn.yongxing.silvergraph.chain;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** One stage of an industry chain, from collection to end applications. */
@Node("ChainStage")
public record ChainStage(@Id String key, int order, String kind, String name, @Nullable String nameEn) implements GraphNode {

	@Override
	public String label() {
		return "ChainStage";
	}

	/** Maps a {@code :ChainStage} node. */
	public static ChainStage from(Value n) {
		return new ChainStage(Props.reqStr(n, "key"), n.get("order").asInt(), Props.reqStr(n, "kind"), Props.reqStr(n, "name"), Props.str(n, "nameEn"));
	}

}
