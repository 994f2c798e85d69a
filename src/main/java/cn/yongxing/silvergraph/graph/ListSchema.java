package cn.yongxing.silvergraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.execution.ExecutionStepInfo;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;

/**
 * Adds to the schema, from the declared {@link NodeType}s and nothing else, a root connection per node
 * type and the {@code aggregate} and {@code groupBy} of every connection, and wires their fetchers:
 * {@link NodeLists} for the pages, {@link Aggregates} for the figures.
 *
 * <p>A type's root connection is {@code <type>s} ({@code materials}, {@code chainStages}); where a schema
 * file already declares that field as a plain list ({@code metals}, {@code parks}) it is
 * {@code <type>sConnection}, and where it declares it as the type's connection ({@code enterprises})
 * that field is left to its controller. The {@code <Type>Connection} and {@code <Type>Edge} types are
 * generated unless a schema file declares them.
 */
@Component
class ListSchema implements GraphQlSourceBuilderCustomizer, RuntimeWiringConfigurer {

	private final Filters filters;

	private final Aggregates aggregates;

	private final NodeLists lists;

	private final PageLimits limits;

	/** Generated root fields by name, decided from the schema files' Query (before wiring). */
	private final Map<String, NodeType> roots = new LinkedHashMap<>();

	private volatile boolean decided;

	ListSchema(Filters filters, Aggregates aggregates, NodeLists lists, PageLimits limits) {
		this.filters = filters;
		this.aggregates = aggregates;
		this.lists = lists;
		this.limits = limits;
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureTypeDefinitions(registry -> registry.merge(new SchemaParser().parse(sdl(registry))));
	}

	/** The generated type definitions, given those of the schema files. */
	String sdl(TypeDefinitionRegistry registry) {
		Map<String, String> query = SchemaFields.fieldTypes(registry, "Query");
		StringBuilder out = new StringBuilder();
		roots.clear();
		for (String label : labels()) {
			NodeType type = filters.type(label);
			String plural = Character.toLowerCase(label.charAt(0)) + label.substring(1) + "s";
			String connection = label + "Connection";
			String declared = query.get(plural);
			String root = declared == null ? plural : declared.equals(connection) ? null : plural + "Connection";
			if (root != null) {
				if (query.containsKey(root)) {
					throw new IllegalStateException("Query." + root + " is declared but is not " + connection);
				}
				roots.put(root, type);
				out.append("extend type Query {\n  \"").append(label)
					.append(" nodes matching `where` (all by default), sorted by `orderBy` then key: a Relay connection")
					.append(" with keyset cursors, paged forward (`first`/`after`) or backward (`last`/`before`).\"\n  ")
					.append(root).append("(where: ").append(label).append("Where, orderBy: [").append(label)
					.append("Order!], first: Int, after: String, last: Int, before: String): ").append(connection)
					.append("!\n}\n");
				if (registry.getType(connection).isEmpty()) {
					out.append("\"A Relay connection of ").append(label).append(" nodes.\"\ntype ").append(connection)
						.append(" {\n  \"Edges of this page.\"\n  edges: [").append(label)
						.append("Edge!]!\n  \"Paging information.\"\n  pageInfo: PageInfo!\n")
						.append("  \"Number of matching nodes (computed only when selected).\"\n  totalCount: Int\n}\n")
						.append("\"A ").append(label).append(" and its cursor.\"\ntype ").append(label)
						.append("Edge {\n  \"The node.\"\n  node: ").append(label)
						.append("!\n  \"Opaque cursor.\"\n  cursor: String!\n}\n");
				}
			}
			aggregate(registry, label, connection, out);
		}
		decided = true;
		return out.toString();
	}

	private List<String> labels() {
		return filters.types().keySet().stream().sorted().toList();
	}

	private void aggregate(TypeDefinitionRegistry registry, String label, String connection, StringBuilder out) {
		List<String> stats = aggregates.numeric(label).stream()
			.map(s -> "  \"Statistics of `" + s.name() + "`.\"\n  " + s.name() + ": "
					+ (s.kind() == Scalar.Kind.INT ? "IntAggregate" : "FloatAggregate") + "!\n")
			.toList();
		String figures = "  \"Number of nodes.\"\n  count: Int!\n" + String.join("", stats);
		out.append("extend type ").append(connection)
			.append(" {\n  \"Count and statistics of every node the list's `where` matches (not only this page;")
			.append(" below a node, among its related nodes), computed in the database.\"\n  aggregate: ").append(label)
			.append("Aggregate!\n  \"The nodes the list's `where` matches (below a node, among its related nodes)")
			.append(" in groups sharing the values of `by`, largest group first (ties by the key values), at most")
			.append(" `first` groups.\"\n")
			.append("  groupBy(by: [").append(label).append("GroupField!]!, first: Int): [").append(label)
			.append("Group!]!\n}\n");
		out.append("\"Count and statistics of matching ").append(label).append(" nodes.\"\ntype ").append(label)
			.append("Aggregate {\n").append(figures).append("}\n");
		out.append("\"A group of matching ").append(label).append(" nodes.\"\ntype ").append(label)
			.append("Group {\n  \"The values the group's nodes share.\"\n  key: ").append(label).append("GroupKey!\n")
			.append(figures).append("}\n");
		List<String> keys = new ArrayList<>();
		List<String> values = new ArrayList<>();
		aggregates.groupFields(label).forEach((value, field) -> {
			boolean scalar = field.scalar() != null;
			String type = !scalar ? field.relation().targetLabel()
					: SchemaFields.enumOf(registry, label, field.scalar()).orElse(field.scalar().kind().graphQl);
			keys.add("  \"The group's `" + field.name() + "` (set when grouped by it).\"\n  " + field.name() + ": " + type + "\n");
			values.add("  \"By `" + field.name() + (scalar ? "`" : "` (the related node)") + ".\"\n  " + value + "\n");
		});
		out.append("\"The values a group of ").append(label).append(" nodes shares.\"\ntype ").append(label)
			.append("GroupKey {\n").append(String.join("", keys)).append("}\n");
		out.append("\"Fields ").append(label).append(" nodes can be grouped by.\"\nenum ").append(label)
			.append("GroupField {\n").append(String.join("", values)).append("}\n");
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		if (!decided) {
			throw new IllegalStateException("The root lists are wired before the schema files were read");
		}
		roots.forEach((root, type) -> builder.type("Query", t -> t.dataFetcher(root, new Fetcher<>(
				"NodeLists[" + root + "]", ResolvableType.forClassWithGenerics(Connection.class, type.type()),
				env -> lists.page(env, type)))));
		for (String label : labels()) {
			builder.type(label + "Connection", t -> t
				.dataFetcher(Aggregates.AGGREGATE, new Fetcher<>("Aggregates[" + label + ".aggregate]",
						ResolvableType.forClass(Aggregates.Aggregate.class),
						env -> {
							Connection.Scope scope = scope(env, Aggregates.AGGREGATE);
							if (scope == null) {
								return CompletableFuture.completedFuture(aggregates.aggregate(label, null, where(env), selected(env)));
							}
							return env.<Aggregates.Scoped, Aggregates.Aggregate>getDataLoader(Aggregates.SCOPED)
								.load(new Aggregates.Scoped(label, scope, where(env), selected(env)));
						}))
				.dataFetcher(Aggregates.GROUP_BY, new Fetcher<>("Aggregates[" + label + ".groupBy]",
						ResolvableType.forClassWithGenerics(List.class, Aggregates.Group.class),
						env -> {
							Connection.Scope scope = scope(env, Aggregates.GROUP_BY);
							List<String> by = env.getArgument("by");
							int first = limits.pageSize(env.getArgument("first"));
							if (scope == null) {
								return CompletableFuture.completedFuture(aggregates.groups(label, where(env), by, selected(env), first));
							}
							aggregates.checkGroups(label, by);
							return env.<Aggregates.ScopedGroups, List<Aggregates.Group>>getDataLoader(Aggregates.SCOPED_GROUPS)
								.load(new Aggregates.ScopedGroups(label, scope, where(env), by, selected(env), first));
						}))
			);
			for (Scalar s : aggregates.numeric(label)) {
				Fetcher<Aggregates.Stats> ofAggregate = new Fetcher<>("Aggregates[" + label + "." + s.name() + "]",
						ResolvableType.forClass(Aggregates.Stats.class),
						env -> env.<Aggregates.Aggregate>getSource().fields().get(s.name()));
				Fetcher<Aggregates.Stats> ofGroup = new Fetcher<>("Aggregates[" + label + "Group." + s.name() + "]",
						ResolvableType.forClass(Aggregates.Stats.class),
						env -> env.<Aggregates.Group>getSource().fields().get(s.name()));
				builder.type(label + "Aggregate", t -> t.dataFetcher(s.name(), ofAggregate));
				builder.type(label + "Group", t -> t.dataFetcher(s.name(), ofGroup));
			}
			aggregates.groupFields(label).values().forEach(field -> builder.type(label + "GroupKey",
					t -> t.dataFetcher(field.name(), new Fetcher<>("Aggregates[" + label + "GroupKey." + field.name() + "]",
							ResolvableType.forClass(field.scalar() != null ? Object.class : field.relation().target()),
							env -> env.<Aggregates.GroupKey>getSource().values().get(field.name())))));
		}
	}

	/**
	 * The nodes a connection below a node ranges over (null for a root list); a connection below a node
	 * that does not say so is refused rather than answered for all nodes.
	 */
	private static Connection.@Nullable Scope scope(DataFetchingEnvironment env, String field) {
		ExecutionStepInfo connection = env.getExecutionStepInfo().getParent();
		if (connection != null && connection.getObjectType().getName().equals("Query")) {
			return null;
		}
		if (env.getSource() instanceof Connection<?> page && page.scope() != null) {
			return page.scope();
		}
		throw new BadInputException(field + " is not computed below "
				+ (connection == null ? "this field" : connection.getObjectType().getName() + "." + connection.getField().getName()));
	}

	/** The {@code where} of the connection above an aggregate (null when it takes none). */
	private static @Nullable Map<String, Object> where(DataFetchingEnvironment env) {
		ExecutionStepInfo connection = env.getExecutionStepInfo().getParent();
		return connection == null || connection.getFieldDefinition().getArgument("where") == null ? null
				: connection.getArgument("where");
	}

	/** The names of the fields selected directly below the aggregate or the groups. */
	private static Set<String> selected(DataFetchingEnvironment env) {
		return env.getSelectionSet().getImmediateFields().stream().map(SelectedField::getName).collect(Collectors.toSet());
	}

	/** A generated field's fetcher, describing itself for schema inspection. */
	private record Fetcher<T>(String description, ResolvableType returnType,
			Function<DataFetchingEnvironment, T> fetch) implements SelfDescribingDataFetcher<T> {

		@Override
		public T get(DataFetchingEnvironment env) {
			return fetch.apply(env);
		}

		@Override
		public String getDescription() {
			return description;
		}

		@Override
		public ResolvableType getReturnType() {
			return returnType;
		}

	}

}
