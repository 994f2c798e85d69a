package cn.yongxing.silvergraph.ingest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.yongxing.silvergraph.graph.GlobalId;
import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.NodeMapper;
import cn.yongxing.silvergraph.ingest.IngestPayloads.DeleteNodePayload;
import cn.yongxing.silvergraph.ingest.IngestPayloads.UnlinkPayload;
import cn.yongxing.silvergraph.ingest.TypedWrites.Family;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The data fetchers of the typed mutations ({@link TypedSchema}): one generic fetcher per mutation
 * kind that turns the typed input into the cells of the family's dataset file and hands them to
 * {@link RecordWriter}, so validation, provenance, the audit trail and the graph-change event (which
 * clears the analytics cache) are those of {@code upsert} and imports. Also {@code version} on every
 * node type, loaded in one batch per request.
 */
@Component
class TypedMutations implements RuntimeWiringConfigurer {

	/** Result of a typed create, update or add (GraphQL {@code XWritePayload} / {@code YPayload}). */
	record TypedPayload(boolean accepted, @Nullable GraphNode node, List<UserError> errors) {
	}

	private static final String VERSIONS = "nodeVersions";

	private static final Family SOURCES = TypedWrites.of("sources.csv");

	private final RecordWriter writer;

	private final GraphReader reader;

	private final NodeMapper nodes;

	TypedMutations(RecordWriter writer, GraphReader reader, NodeMapper nodes, BatchLoaderRegistry registry) {
		this.writer = writer;
		this.reader = reader;
		this.nodes = nodes;
		registry.<String, Integer>forName(VERSIONS).registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> {
			Map<String, Integer> versions = new HashMap<>();
			reader.list("versions", GraphReader.UNWIND_IDS_AS_H + "RETURN key, coalesce(h.version, 0) AS version",
					Map.of("keys", List.copyOf(ids)), r -> versions.put(r.get("key").asString(), r.get("version").asInt()));
			ids.forEach(id -> versions.putIfAbsent(id, 0));
			return versions;
		}));
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.type("Mutation", type -> {
			for (Family f : TypedWrites.FAMILIES) {
				List<String> names = TypedSchema.mutations(f);
				if (f.isNode()) {
					type.dataFetcher(names.get(0), new Fetcher<>(names.get(0), TypedPayload.class, in -> create(f, in)));
					type.dataFetcher(names.get(1), new Fetcher<>(names.get(1), TypedPayload.class, in -> update(f, in)));
					type.dataFetcher(names.get(2), new Fetcher<>(names.get(2), DeleteNodePayload.class, in -> delete(f, in)));
				}
				else {
					type.dataFetcher(names.get(0), new Fetcher<>(names.get(0), TypedPayload.class, in -> create(f, in)));
					type.dataFetcher(names.get(1), new Fetcher<>(names.get(1), TypedPayload.class, in -> updateLink(f, in)));
					type.dataFetcher(names.get(2), new Fetcher<>(names.get(2), UnlinkPayload.class, in -> remove(f, in)));
				}
			}
			return type;
		});
		Version version = new Version();
		TypedWrites.FAMILIES.stream().filter(Family::isNode)
			.forEach(f -> builder.type(f.name(), type -> type.dataFetcher("version", version)));
	}

	private TypedPayload create(Family f, Map<String, Object> input) {
		Map<String, String> cells = TypedWrites.cells(f, f.spec().columns(), input);
		Map<String, String> newSource = newSource(f, input, cells);
		String key = f.isNode() ? cells.getOrDefault(f.spec().keyColumn(), "") : "";
		String target = f.isNode() ? GlobalId.of(f.name(), key) : f.kind();
		List<ImportProblem> problems = writer.create(f.spec(), cells, newSource,
				IngestController.change(TypedSchema.mutations(f).get(0), target));
		return payload(f, key, problems);
	}

	private TypedPayload update(Family f, Map<String, Object> input) {
		String id = (String) input.get("id");
		String key = keyOf(f, id);
		if (key == null) {
			return new TypedPayload(false, null, List.of(wrongId(f, id)));
		}
		Map<String, String> changes = changes(f, input);
		Map<String, String> newSource = newSource(f, input, changes);
		List<ImportProblem> problems = writer.update(f.spec(), key, (Integer) input.get("expectedVersion"), changes,
				newSource, IngestController.change(TypedSchema.mutations(f).get(1), id));
		return payload(f, key, problems);
	}

	private DeleteNodePayload delete(Family f, Map<String, Object> input) {
		String id = (String) input.get("id");
		String key = keyOf(f, id);
		if (key == null) {
			return new DeleteNodePayload(null, 0, List.of(wrongId(f, id)));
		}
		var removal = writer.deleteNode(f.name(), key, (Integer) input.get("expectedVersion"),
				IngestController.change(TypedSchema.mutations(f).get(2), id));
		return new DeleteNodePayload(removal.problems().isEmpty() ? id : null, removal.relationshipsRemoved(),
				removal.problems().stream().map(UserError::of).toList());
	}

	private TypedPayload updateLink(Family f, Map<String, Object> input) {
		Map<String, String> identity = new LinkedHashMap<>();
		f.identity().forEach(c -> identity.put(c.name(), ""));
		identity.putAll(TypedWrites.cells(f, f.identity(), input));
		Map<String, String> changes = changes(f, input);
		Map<String, String> newSource = newSource(f, input, changes);
		List<ImportProblem> problems = writer.updateLink(f.spec(), identity, changes, newSource,
				IngestController.change(TypedSchema.mutations(f).get(1), f.kind()));
		return payload(f, "", problems);
	}

	private UnlinkPayload remove(Family f, Map<String, Object> input) {
		var removal = writer.unlink(f.kind(), TypedWrites.cells(f, f.identity(), input),
				IngestController.change(TypedSchema.mutations(f).get(2), f.kind()));
		return new UnlinkPayload(removal.relationshipsRemoved(), removal.nodesRemoved(),
				removal.problems().stream().map(UserError::of).toList());
	}

	/** The fields of {@code set}, and the citation when the input gives one. */
	@SuppressWarnings("unchecked")
	private static Map<String, String> changes(Family f, Map<String, Object> input) {
		Map<String, Object> set = (Map<String, Object>) input.getOrDefault("set", Map.of());
		Map<String, String> changes = TypedWrites.cells(f, f.changeable(), set == null ? Map.of() : set);
		if (f.cites()) {
			for (Column column : f.spec().columns()) {
				if (f.isProvenance(column) && input.get(column.name()) != null) {
					changes.put(column.name(), TypedWrites.cell(column.type(), input.get(column.name())));
				}
			}
		}
		return changes;
	}

	/** The cells of {@code newSource}; the record cites it when it names no source itself. */
	@SuppressWarnings("unchecked")
	private static Map<String, String> newSource(Family f, Map<String, Object> input, Map<String, String> cells) {
		if (!(input.get(TypedWrites.NEW_SOURCE) instanceof Map<?, ?> source)) {
			return Map.of();
		}
		Map<String, String> sourceCells = TypedWrites.cells(SOURCES, SOURCES.spec().columns(), (Map<String, Object>) source);
		if (cells.getOrDefault("source", "").isEmpty()) {
			cells.put("source", sourceCells.getOrDefault("key", ""));
			if (!cells.containsKey("excerpt")) {
				cells.put("excerpt", "");
			}
		}
		return sourceCells;
	}

	private TypedPayload payload(Family f, String key, List<ImportProblem> problems) {
		GraphNode node = problems.isEmpty() && f.isNode() ? load(f.name(), key) : null;
		return new TypedPayload(problems.isEmpty(), node, problems.stream().map(UserError::of).toList());
	}

	private @Nullable GraphNode load(String label, String key) {
		return reader.one("written", "MATCH (n:$($label) {key: $key}) RETURN n", Map.of("label", label, "key", key),
				r -> nodes.map(r.get("n"))).orElse(null);
	}

	/** The key of an id of this family's label, or null if the id names another type. */
	private static @Nullable String keyOf(Family f, String id) {
		String prefix = f.name() + ":";
		return id.startsWith(prefix) && id.length() > prefix.length() ? id.substring(prefix.length()) : null;
	}

	private static UserError wrongId(Family f, String id) {
		return UserError.of(new ImportProblem(f.spec().file(), 0, "id", id, ImportProblem.Code.INVALID_VALUE,
				"is not the id of a " + f.name() + "; ids look like " + f.name() + ":some-key"));
	}

	/** A mutation's fetcher: its {@code input} to its payload; describes itself for schema inspection. */
	private record Fetcher<T>(String name, Class<T> type, Function<Map<String, Object>, T> body)
			implements SelfDescribingDataFetcher<T> {

		@Override
		public T get(DataFetchingEnvironment env) {
			return body.apply(env.getArgument("input"));
		}

		@Override
		public String getDescription() {
			return "TypedMutations." + name;
		}

		@Override
		public ResolvableType getReturnType() {
			return ResolvableType.forClass(type);
		}

	}

	/** {@code version} of any node type, through the batch loader. */
	private static final class Version implements SelfDescribingDataFetcher<Object> {

		@Override
		public Object get(DataFetchingEnvironment env) {
			GraphNode node = env.getSource();
			DataLoader<String, Integer> loader = env.getDataLoader(VERSIONS);
			return loader.load(node.id());
		}

		@Override
		public String getDescription() {
			return "TypedMutations.version";
		}

		@Override
		public ResolvableType getReturnType() {
			return ResolvableType.forClass(Integer.class);
		}

		@Override
		public boolean usesDataLoader() {
			return true;
		}

	}

}
