package cn.yongxing.silvergraph.graph;

import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Provenance of relationship facts: a relationship stores its {@code source} key and
 * {@code excerpt}; queries return the source node as column {@code src} next to the relationship
 * {@code r}. {@link #CLAUSE} is the Cypher fragment that fetches it.
 */
public final class Citations {

	/** Append after a MATCH binding {@code r}: binds {@code src}. */
	public static final String CLAUSE = "OPTIONAL MATCH (src:Source {key: r.source})";

	private Citations() {
	}

	/** The source cited by relationship {@code r} of a row, as a one-element list (or empty). */
	public static List<Source> of(Record row) {
		Value src = row.get("src");
		if (src.isNull()) {
			return List.of();
		}
		return List.of(Source.from(src, Props.str(row.get("r"), "excerpt")));
	}

}
