package cn.yongxing.silvergraph.catalog;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A product of a chain stage: a node of the FEEDS product DAG. */
@Node("Product")
public record Product(@Id String key, String name, @Nullable String nameZh, @Nullable String purity, String basis) implements GraphNode {

	@Override
	public String label() {
		return "Product";
	}

	/** Maps a {@code :Product} node. */
	public static Product from(Value n) {
		return new Product(Props.reqStr(n, "key"), Props.reqStr(n, "name"), Props.str(n, "nameZh"), Props.str(n, "purity"), Props.reqStr(n, "basis"));
	}

}
