package cn.yongxing.silvergraph.cluster;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An industrial cluster: the scope of the cluster-wide figures, goals and designations. */
@Node("Cluster")
public record Cluster(@Id String key, String name, @Nullable String nameEn, @Nullable String nickname, @Nullable String nicknameEn) implements GraphNode {

	@Override
	public String label() {
		return "Cluster";
	}

	/** Maps a {@code :Cluster} node. */
	public static Cluster from(Value n) {
		return new Cluster(Props.reqStr(n, "key"), Props.reqStr(n, "name"), Props.str(n, "nameEn"), Props.str(n, "nickname"), Props.str(n, "nicknameEn"));
	}

}
