package cn.yongxing.silvergraph.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/** Loads the analysis statements of {@code cypher/chain/}; a missing file fails start-up. */
final class ChainCypher {

	private ChainCypher() {
	}

	static String load(String name) {
		var resource = new ClassPathResource("cypher/chain/" + name + ".cypher");
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing Cypher statement cypher/chain/" + name + ".cypher", ex);
		}
	}

}
