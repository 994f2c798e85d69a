package cn.yongxing.silvergraph.graph;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Fields every node type shares: {@code id} (the global id) and {@code sources}, resolved with one
 * batched query per request: the sources a node cites through {@code CITED_BY}, each with the
 * sentence it was taken from.
 */
@Component
class NodeWiring implements RuntimeWiringConfigurer {

	private static final String LOADER = "nodeSources";

	private static final String CYPHER = GraphReader.UNWIND_IDS_AS_H + """
			MATCH (h)-[c:CITED_BY]->(s:Source)
			RETURN key, s, c.excerpt AS excerpt
			ORDER BY s.key""";

	NodeWiring(BatchLoaderRegistry registry, GraphReader reader) {
		registry.<String, List<Source>>forName(LOADER)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> Map.copyOf(reader.many("sources", ids,
					id -> id, CYPHER, r -> Source.from(r.get("s"), r.get("excerpt").asString(null))))));
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		DataFetcher<?> fetcher = new SourcesFetcher();
		DataFetcher<String> id = env -> ((GraphNode) env.getSource()).id();
		GlobalId.LABELS.forEach(label -> builder.type(label, type -> label.equals("Source") ? type.dataFetcher("id", id)
				: type.dataFetcher("id", id).dataFetcher("sources", fetcher)));
	}


	/** Loads a node's sources through the batch loader; describes itself for schema inspection. */
	private static final class SourcesFetcher implements SelfDescribingDataFetcher<Object> {

		@Override
		public Object get(DataFetchingEnvironment env) {
			GraphNode node = env.getSource();
			DataLoader<String, List<Source>> loader = env.getDataLoader(LOADER);
			return loader.load(node.id());
		}

		@Override
		public String getDescription() {
			return "NodeWiring.sources";
		}

		@Override
		public ResolvableType getReturnType() {
			return ResolvableType.forClassWithGenerics(List.class, Source.class);
		}

		@Override
		public boolean usesDataLoader() {
			return true;
		}

	}

}
