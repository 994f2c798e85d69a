package cn.yongxing.silvergraph.chain;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** The industry chain of one metal: ordered stages over the product DAG. */
@Node("IndustryChain")
public record IndustryChain(@Id String key, String name, @Nullable String nameEn) implements GraphNode {

	@Override
	public String label() {
		return "IndustryChain";
	}

	/** Maps a {@code :IndustryChain} node. */
	public static IndustryChain from(Value n) {
		return new IndustryChain(Props.reqStr(n, "key"), Props.reqStr(n, "name"), Props.str(n, "nameEn"));
	}

}
