package cn.yongxing.silvergraph.catalog;

import java.util.List;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A patent or patent application, keyed by its CN number. */
@Node("Patent")
public record Patent(@Id String key, String number, String title, String type, List<String> ipc, @Nullable String filed, @Nullable String granted) implements GraphNode {

	@Override
	public String label() {
		return "Patent";
	}

	/** Maps a {@code :Patent} node. */
	public static Patent from(Value n) {
		return new Patent(Props.reqStr(n, "key"), Props.reqStr(n, "number"), Props.reqStr(n, "title"), Props.reqStr(n, "type"), Props.strs(n, "ipc"), Props.str(n, "filed"), Props.str(n, "granted"));
	}

}
