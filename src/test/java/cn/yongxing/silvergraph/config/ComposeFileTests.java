package cn.yongxing.silvergraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The deployment compose file parses and wires the service to a three-server Neo4j cluster. */
class ComposeFileTests {

	@Test
	@SuppressWarnings("unchecked")
	void runsTheServiceAgainstAThreeServerClusterThroughTheRoutingScheme() throws Exception {
		Map<String, Object> compose;
		try (Reader in = Files.newBufferedReader(Path.of("deploy/compose.yaml"))) {
			compose = new Yaml(new LoaderOptions()).load(in);
		}
		var services = (Map<String, Map<String, Object>>) compose.get("services");
		assertThat(services).containsKeys("server1", "server2", "server3", "silver-graph");
		for (String server : List.of("server1", "server2", "server3")) {
			var env = (Map<String, Object>) services.get(server).get("environment");
			assertThat(services.get(server).get("image").toString()).contains("enterprise");
			assertThat(env).containsEntry("NEO4J_initial_dbms_default__primaries__count", "3")
				.containsEntry("NEO4J_server_default__advertised__address", server);
			assertThat(env.get("NEO4J_dbms_cluster_endpoints").toString())
				.contains("server1:6000", "server2:6000", "server3:6000");
		}
		var service = services.get("silver-graph");
		assertThat(service.get("image")).isEqualTo("silver-graph:0.1.0-SNAPSHOT");
		var env = (Map<String, Object>) service.get("environment");
		assertThat(env.get("SPRING_NEO4J_URI").toString()).startsWith("neo4j://");
		assertThat((Map<String, Object>) service.get("depends_on")).containsKeys("server1", "server2", "server3");
	}

}
