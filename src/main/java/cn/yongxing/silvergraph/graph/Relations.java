package cn.yongxing.silvergraph.graph;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Serves every declared {@link Relation}: registers its batch loader (one statement for all parents of
 * a request level, named {@code Type.field} in the statement metrics), wires the field's data fetcher
 * to it, and offers the field's join to {@link Joins}, so that a root statement reads it (and the
 * relations below it, as deep as the selection goes) in one statement.
 */
@Component
public class Relations implements RuntimeWiringConfigurer {

	private final List<Relation> relations;

	private final NodeMapper nodes;

	Relations(List<Declared> declared, GraphReader reader, NodeMapper nodes, BatchLoaderRegistry registry) {
		this.nodes = nodes;
		this.relations = declared.stream().flatMap(d -> d.relations().stream()).toList();
		Set<String> seen = new HashSet<>();
		for (Relation relation : relations) {
			String name = relation.type() + "." + relation.field();
			if (!seen.add(name)) {
				throw new IllegalStateException("Relation " + name + " is declared twice");
			}
			String cypher = RelationCypher.batch(relation);
			Function<Record, Object> mapper = relation.edge() == null ? nodeRow(mapper(relation)) : edgeRow(relation, nodes);
			registry.<String, Object>forName(loader(relation))
				.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
					Map<String, List<Object>> rows = reader.many(name, keys, k -> k, cypher, mapper);
					if (relation.edge() != null && relation.edge().judge() != null) {
						rows.replaceAll((key, list) -> relation.edge().judged(list));
					}
					else if (relation.nodes().judge() != null) {
						rows.replaceAll((key, list) -> relation.nodes().judged(list));
					}
					if (!relation.single()) {
						return Map.copyOf(rows);
					}
					Map<String, Object> first = new java.util.HashMap<>();
					rows.forEach((key, list) -> {
						if (!list.isEmpty()) {
							first.put(key, list.getFirst());
						}
					});
					return first;
				}));
		}
	}

	private static Function<Record, Object> nodeRow(Function<Value, ? extends GraphNode> mapper) {
		return row -> mapper.apply(row.get(RelationCypher.OTHER));
	}

	private static Function<Record, Object> edgeRow(Relation relation, NodeMapper nodes) {
		return row -> edge(relation, row.get(RelationCypher.PARENT), row::get, true, nodes);
	}

	/** The record of an edge from the columns of its row and its parent's value. */
	private static Object edge(Relation relation, Value parent, Function<String, Value> row, boolean looks,
			NodeMapper nodes) {
		Value r = row.apply(RelationCypher.REL);
		Value other = row.apply(RelationCypher.OTHER);
		Value src = row.apply(RelationCypher.SOURCE);
		Value looked = looks ? row.apply(RelationCypher.LOOKED) : null;
		List<Source> sources = src == null || src.isNull() ? List.of() : List.of(Source.from(src, Props.str(r, "excerpt")));
		boolean starts = relation.parentStarts();
		Function<Value, GraphNode> parentNodes = side(nodes, relation.type());
		Function<Value, GraphNode> otherNodes = side(nodes, relation.targetLabel());
		return relation.edge().mapper().apply(new Relation.Edge(starts ? parent : other, r, starts ? other : parent,
				looked == null || looked.isNull() ? null : looked, sources, starts ? parentNodes : otherNodes,
				starts ? otherNodes : parentNodes));
	}

	/** The record of a node at one end: by its label, or (a projection of its properties) by that end's. */
	private static Function<Value, GraphNode> side(NodeMapper nodes, @Nullable String label) {
		return value -> value.type().name().equals("NODE") || label == null ? nodes.map(value)
				: nodes.mapperOf(label).apply(value);
	}

	/** The relations of a feature, declared together as one bean. */
	public record Declared(List<Relation> relations) {

		/** A feature's relations. */
		public static Declared of(Relation... relations) {
			return new Declared(List.of(relations));
		}

	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		for (Relation relation : relations) {
			builder.type(relation.type(), type -> type.dataFetcher(relation.field(), new Fetcher(relation)));
		}
	}

	/**
	 * The statements keeping the least-of sort keys of the declared relations on their nodes (one per
	 * label and key, whichever relations share it). Every write runs them in its own transaction, after
	 * its rows, so that a sort reads one stored property instead of a subquery per node.
	 */
	public List<String> derivations() {
		Set<String> statements = new java.util.LinkedHashSet<>();
		for (Relation relation : relations) {
			for (Relation.Sort key : relation.sortKeys()) {
				if (key.via() != null) {
					String label = relation.targetLabel();
					if (label == null) {
						throw new IllegalStateException(relation.type() + "." + relation.field()
								+ ": a least-of sort needs related nodes of one label");
					}
					statements.add(RelationCypher.derivation(label, key));
				}
			}
		}
		return List.copyOf(statements);
	}

	/** The joins of the declared relations. */
	List<JoinedField> joins() {
		List<JoinedField> joins = new ArrayList<>();
		relations.forEach(r -> joins.add(r.edge() == null ? new Join(r, mapper(r), nodes) : new EdgeJoin(r, nodes)));
		return joins;
	}

	private Function<Value, ? extends GraphNode> mapper(Relation relation) {
		String label = relation.targetLabel();
		return label == null ? nodes::map : nodes.mapperOf(label);
	}

	private static String loader(Relation relation) {
		return "relation:" + relation.type() + "." + relation.field();
	}

	/** Loads the field through its batch loader; describes itself for schema inspection. */
	private record Fetcher(Relation relation) implements SelfDescribingDataFetcher<Object> {

		@Override
		public Object get(DataFetchingEnvironment env) {
			GraphNode parent = env.getSource();
			DataLoader<String, Object> loader = env.getDataLoader(loader(relation));
			return loader.load(parent.key());
		}

		@Override
		public String getDescription() {
			return "Relations[" + relation.type() + "." + relation.field() + "]";
		}

		@Override
		public ResolvableType getReturnType() {
			Class<?> type = relation.edge() == null ? relation.target() : relation.edge().type();
			return relation.single() ? ResolvableType.forClass(type) : ResolvableType.forClassWithGenerics(List.class, type);
		}

		@Override
		public boolean usesDataLoader() {
			return true;
		}

	}

	/** The relation read inside its parent's statement, with the joins of the related nodes' fields. */
	private record Join(Relation relation, Function<Value, ? extends GraphNode> mapper, NodeMapper nodes)
			implements JoinedField {

		@Override
		public String type() {
			return relation.type();
		}

		@Override
		public String field() {
			return relation.field();
		}

		@Override
		public Joined plan(SelectedField selection, String parent, Joins.Planner planner) {
			String variable = "t" + planner.suffix();
			String label = relation.targetLabel();
			// a node of any label: the joins of every type the selection names, used by the label read
			List<SelectedField> below = selection.getSelectionSet().getImmediateFields();
			Joins.Below nested = label == null ? planner.anyLabel(variable, below, nodes)
					: planner.nested(label, variable, below);
			var expression = RelationCypher.join(relation, Cypher.name(parent), variable, nested.entries(), below);
			return new Joined(expression, (value, parentValue) -> {
				List<Value> rows = value.asList(row -> row);
				List<Object> mapped = new ArrayList<>(rows.size());
				for (Value row : rows) {
					mapped.add(mapper.apply(nested.isEmpty() ? row : row.get(RelationCypher.NODE)));
				}
				// judged first: the records judged are the ones the nested joins are registered for
				mapped = relation.nodes().judged(mapped);
				for (int i = 0; i < rows.size(); i++) {
					Value row = rows.get(i);
					nested.register((GraphNode) mapped.get(i), nested.isEmpty() ? row : row.get(RelationCypher.NODE),
							row::get);
				}
				return relation.single() ? (mapped.isEmpty() ? null : mapped.getFirst()) : mapped;
			});
		}

	}

	/**
	 * An edge field read inside its parent's statement: the citation and the looked-up node only when
	 * selected, and the joins of the nodes at both ends (the parent seen again, and the other node).
	 */
	private static final class EdgeJoin implements JoinedField {

		private final Relation relation;

		private final Map<String, Method> nodeFields = new HashMap<>();

		private final NodeMapper nodes;

		EdgeJoin(Relation relation, NodeMapper nodes) {
			this.relation = relation;
			this.nodes = nodes;
			Relation.EdgeSpec edge = relation.edge();
			String looked = edge.lookup() == null ? null : edge.lookup().field();
			for (RecordComponent component : edge.type().getRecordComponents()) {
				if (component.getName().equals(edge.startField()) || component.getName().equals(edge.endField())
						|| component.getName().equals(looked)) {
					nodeFields.put(component.getName(), component.getAccessor());
				}
			}
		}

		@Override
		public String type() {
			return relation.type();
		}

		@Override
		public String field() {
			return relation.field();
		}

		@Override
		public Joined plan(SelectedField selection, String parent, Joins.Planner planner) {
			String suffix = planner.suffix();
			List<SelectedField> fields = selection.getSelectionSet().getImmediateFields();
			Relation.EdgeSpec edge = relation.edge();
			boolean cited = edge.judge() != null || fields.stream().anyMatch(f -> f.getName().equals("sources"));
			boolean looks = edge.lookup() != null
					&& fields.stream().anyMatch(f -> f.getName().equals(edge.lookup().field()));
			boolean starts = relation.parentStarts();
			String otherField = starts ? edge.endField() : edge.startField();
			String parentField = starts ? edge.startField() : edge.endField();
			String label = relation.targetLabel();
			Joins.Below other = otherField == null ? Joins.Nested.NONE
					: label == null ? planner.anyLabel(RelationCypher.OTHER + suffix, below(fields, otherField), nodes)
					: planner.nested(label, RelationCypher.OTHER + suffix, below(fields, otherField));
			Joins.Nested self = parentField == null ? Joins.Nested.NONE
					: planner.nested(relation.type(), parent, below(fields, parentField));
			Joins.Nested lookedUp = looks ? planner.nested(edge.lookup().label(), RelationCypher.LOOKED + suffix,
					below(fields, edge.lookup().field())) : Joins.Nested.NONE;
			Map<String, org.neo4j.cypherdsl.core.Expression> nested = new LinkedHashMap<>(other.entries());
			nested.putAll(self.entries());
			nested.putAll(lookedUp.entries());
			// the other node's fields: a record field not selected reads no property (null)
			List<SelectedField> otherFields = otherField == null ? List.of() : below(fields, otherField);
			var expression = RelationCypher.joinOfEdges(relation, Cypher.name(parent), suffix, cited, looks, nested,
					otherFields);
			return new Joined(expression, (value, parentValue) -> {
				List<Value> rows = value.asList(row -> row);
				List<Object> mapped = edge.judged(
						new ArrayList<>(rows.stream().map(row -> edge(relation, parentValue, row::get, looks, nodes)).toList()));
				for (int i = 0; i < rows.size(); i++) {
					Value row = rows.get(i);
					Object object = mapped.get(i);
					if (!other.isEmpty()) {
						other.register(node(object, otherField), row.get(RelationCypher.OTHER), row::get);
					}
					if (!self.isEmpty()) {
						self.register(node(object, parentField), parentValue, row::get);
					}
					Object node = lookedUp.isEmpty() ? null : node(object, edge.lookup().field());
					if (node != null) {
						lookedUp.register(node, row.get(RelationCypher.LOOKED), row::get);
					}
				}
				return relation.single() ? (mapped.isEmpty() ? null : mapped.getFirst()) : mapped;
			});
		}

		private static List<SelectedField> below(List<SelectedField> fields, String name) {
			return fields.stream()
				.filter(f -> f.getName().equals(name))
				.flatMap(f -> f.getSelectionSet().getImmediateFields().stream())
				.toList();
		}

		private Object node(Object edge, String field) {
			try {
				return nodeFields.get(field).invoke(edge);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
