package cn.yongxing.silvergraph.enterprise;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An enterprise, inside the cluster (local) or outside it. */
@Node("Enterprise")
public record Enterprise(@Id String key, @Nullable String creditCode, String name, @Nullable String nameEn, @Nullable String shortName, @Nullable Integer founded, @Nullable Integer employees, @Nullable Integer rdStaff, boolean local, @Nullable String ownership, @Nullable Double latestOutputT) implements GraphNode {

	@Override
	public String label() {
		return "Enterprise";
	}

	/** Maps a {@code :Enterprise} node. */
	public static Enterprise from(Value n) {
		return new Enterprise(Props.reqStr(n, "key"), Props.str(n, "creditCode"), Props.reqStr(n, "name"), Props.str(n, "nameEn"), Props.str(n, "shortName"), Props.integer(n, "founded"), Props.integer(n, "employees"), Props.integer(n, "rdStaff"), n.get("local").asBoolean(false), Props.str(n, "ownership"), Props.dbl(n, "latestOutputT"));
	}

}
