package cn.yongxing.silvergraph.graph;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Resolves {@code sources} on every node type with one batched query per request: the sources a
 * node cites through {@code CITED_BY}, each with the sentence it was taken from.
 */
@Component
class SourcesWiring implements RuntimeWiringConfigurer {

	private static final String LOADER = "nodeSources";

	private static final String CYPHER = GraphReader.UNWIND_IDS_AS_H + """
			MATCH (h)-[c:CITED_BY]->(s:Source)
			RETURN key, s, c.excerpt AS excerpt
			ORDER BY s.key""";

	SourcesWiring(BatchLoaderRegistry registry, GraphReader reader) {
		registry.<String, List<Source>>forName(LOADER)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> Map.copyOf(reader.many("sources", ids,
					id -> id, CYPHER, r -> Source.from(r.get("s"), r.get("excerpt").asString(null))))));
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		DataFetcher<?> fetcher = env -> {
			GraphNode node = env.getSource();
			DataLoader<String, List<Source>> loader = env.getDataLoader(LOADER);
			return loader.load(node.id());
		};
		GlobalId.LABELS.stream()
			.filter(label -> !label.equals("Source"))
			.forEach(label -> builder.type(label, type -> type.dataFetcher("sources", fetcher)));
	}

}
