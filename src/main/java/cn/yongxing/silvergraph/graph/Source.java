package cn.yongxing.silvergraph.graph;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A document facts come from, as cited by one fact: {@code excerpt} is the sentence of the document
 * the fact was taken from (empty when the source is listed on its own).
 */
@Node("Source")
public record Source(@Id String key, String title, @Nullable String publisher, @Nullable String date,
		@Nullable String url, String kind, @Nullable String note, @Nullable String excerpt) implements GraphNode {

	@Override
	public String label() {
		return "Source";
	}

	/** Maps a {@code Source} node and the excerpt that cites it. */
	public static Source from(Value node, @Nullable String excerpt) {
		return new Source(Props.reqStr(node, "key"), Props.reqStr(node, "title"), Props.str(node, "publisher"),
				Props.str(node, "date"), Props.str(node, "url"), Props.reqStr(node, "kind"), Props.str(node, "note"),
				excerpt);
	}

}
