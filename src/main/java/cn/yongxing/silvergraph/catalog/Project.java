package cn.yongxing.silvergraph.catalog;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A joint R&D project, pilot or planning study linking firms and institutions. */
@Node("Project")
public record Project(@Id String key, String name, @Nullable String nameEn, @Nullable String programme, @Nullable String status, @Nullable String started) implements GraphNode {

	@Override
	public String label() {
		return "Project";
	}

	/** Maps a {@code :Project} node. */
	public static Project from(Value n) {
		return new Project(Props.reqStr(n, "key"), Props.reqStr(n, "name"), Props.str(n, "nameEn"), Props.str(n, "programme"), Props.str(n, "status"), Props.str(n, "started"));
	}

}
