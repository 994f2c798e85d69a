package cn.yongxing.silvergraph.catalog;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A metal (or metal group such as PGM), keyed by its symbol. */
@Node("Metal")
public record Metal(@Id String key, String symbol, String name, String nameZh, String group) implements GraphNode {

	@Override
	public String label() {
		return "Metal";
	}

	/** Maps a {@code :Metal} node. */
	public static Metal from(Value n) {
		return new Metal(Props.reqStr(n, "key"), Props.reqStr(n, "symbol"), Props.reqStr(n, "name"), Props.reqStr(n, "nameZh"), Props.reqStr(n, "group"));
	}

}
