package cn.yongxing.silvergraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * Cypher statements kept as files, one per statement, under {@code cypher/<feature>/<name>.cypher}.
 * Features load them when their beans are created, so a missing file stops start-up.
 */
public final class CypherFiles {

	private CypherFiles() {
	}

	/** The text of {@code cypher/<feature>/<name>.cypher}; fails when the file is missing. */
	public static String load(String feature, String name) {
		String resource = "cypher/" + feature + "/" + name + ".cypher";
		try {
			return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing Cypher statement " + resource, ex);
		}
	}

}
