package cn.yongxing.silvergraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Adds to the schema, from the declared {@link NodeType} scalars and {@link Relation}s and nothing else,
 * the filter and sort inputs of every node type: {@code <Type>Where} ({@code AND}/{@code OR}/{@code NOT},
 * an operator input per scalar, {@code some}/{@code none}/{@code all} and {@code count} per relation),
 * {@code <Type>OrderField}
 * and {@code <Type>Order}. Where a schema file already declares one of them (the enterprise list's
 * shortcut filters and sort fields), the generated fields extend it and its own fields keep their meaning.
 */
@Component
class FilterSchema implements GraphQlSourceBuilderCustomizer {

	private final Filters filters;

	/** The enum filter inputs generated in this pass. */
	private final Set<String> enumFilters = new java.util.HashSet<>();

	FilterSchema(Filters filters) {
		this.filters = filters;
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureTypeDefinitions(registry -> registry.merge(new SchemaParser().parse(sdl(registry))));
	}

	/** The generated type definitions, given those of the schema files. */
	String sdl(TypeDefinitionRegistry registry) {
		StringBuilder out = new StringBuilder();
		enumFilters.clear();
		for (String label : filters.types().keySet().stream().sorted().toList()) {
			where(registry, label, out);
			order(registry, label, out);
		}
		return out.toString();
	}

	private void where(TypeDefinitionRegistry registry, String label, StringBuilder out) {
		String name = label + "Where";
		Set<String> taken = inputFields(registry, name);
		List<String> fields = new ArrayList<>();
		field(fields, taken, "AND", "[" + name + "!]", "All of these filters hold.");
		field(fields, taken, "OR", "[" + name + "!]", "At least one of these filters holds.");
		field(fields, taken, "NOT", name, "This filter does not hold.");
		for (Scalar s : filters.scalars(label)) {
			field(fields, taken, s.name(), filterOf(registry, label, s, out), "Condition on `" + s.name() + "`.");
		}
		for (Relation r : filters.relationsOf(label).values()) {
			String type = label + capitalized(r.field()) + "Where";
			if (field(fields, taken, r.field(), type,
					"Condition on the related `" + r.field() + "`: some, none or all of them match, or how many there are.")) {
				relation(registry, r, type, out);
			}
		}
		if (fields.isEmpty()) {
			return;
		}
		boolean declared = registry.getType(name, InputObjectTypeDefinition.class).isPresent();
		out.append(!declared ? "\"Filters of " + label + "s; all given conditions must hold.\"\ninput " : "extend input ")
			.append(name).append(" {\n").append(String.join("", fields)).append("}\n");
	}

	private void relation(TypeDefinitionRegistry registry, Relation r, String type, StringBuilder out) {
		unused(registry, type);
		String target = r.targetLabel() + "Where";
		String match = target;
		if (r.edge() != null) {
			match = r.type() + capitalized(r.field()) + "EdgeWhere";
			unused(registry, match);
			List<String> fields = new ArrayList<>();
			field(fields, Set.of(), Filters.NODE, target, "Condition on the related " + r.targetLabel() + ".");
			String edgeType = SchemaFields.typeOf(registry, r.type(), r.field()).orElseThrow();
			for (Scalar s : r.properties()) {
				field(fields, Set.of(), s.name(), filterOf(registry, edgeType, s, out),
						"Condition on the relationship's `" + s.name() + "`.");
			}
			out.append("\"A condition on one `").append(r.type()).append('.').append(r.field())
				.append("` relationship and the node at its other end.\"\ninput ").append(match).append(" {\n")
				.append(String.join("", fields)).append("}\n");
		}
		out.append("\"Quantified conditions on `").append(r.type()).append('.').append(r.field()).append("`.\"\ninput ")
			.append(type).append(" {\n")
			.append("  \"At least one matches.\"\n  some: ").append(match).append('\n')
			.append("  \"None matches.\"\n  none: ").append(match).append('\n')
			.append("  \"Every one matches (true when there is none).\"\n  all: ").append(match).append('\n')
			.append("  \"How many there are (a `COUNT` subquery).\"\n  count: IntFilter\n")
			.append("}\n");
	}

	/**
	 * The operator input of a scalar of {@code type}: its kind's ({@code StringFilter}…), or for a field the
	 * schema types with an enum, {@code <Enum>Filter} (generated once: {@code eq}, {@code in}, {@code isNull}).
	 */
	private String filterOf(TypeDefinitionRegistry registry, String type, Scalar s, StringBuilder out) {
		var named = SchemaFields.enumOf(registry, type, s);
		if (named.isEmpty()) {
			return s.kind().filter;
		}
		String name = named.get() + "Filter";
		if (enumFilters.add(name)) {
			unused(registry, name);
			out.append("\"Conditions on a `").append(named.get()).append("` value.\"\ninput ").append(name).append(" {\n")
				.append("  \"Equal to.\"\n  eq: ").append(named.get()).append('\n')
				.append("  \"One of (at most `silvergraph.limits.max-filter-in`, default 100, values).\"\n  in: [")
				.append(named.get()).append("!]\n")
				.append("  \"Missing (true) or present (false).\"\n  isNull: Boolean\n}\n");
		}
		return name;
	}

	private void order(TypeDefinitionRegistry registry, String label, StringBuilder out) {
		String field = label + "OrderField";
		Set<String> values = registry.getType(field, EnumTypeDefinition.class)
			.map(e -> e.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).collect(Collectors.toSet()))
			.orElse(Set.of());
		Map<String, Scalar> byValue = filters.scalars(label).stream()
			.collect(Collectors.toMap(Scalar::orderValue, s -> s));
		for (String value : values) {
			if (!byValue.containsKey(value)) {
				throw new IllegalStateException(field + "." + value + " names no declared scalar of " + label);
			}
		}
		List<String> added = new ArrayList<>();
		for (Scalar s : filters.scalars(label)) {
			if (!values.contains(s.orderValue())) {
				added.add("  \"By `" + s.name() + (s.pinyin() ? "` (pinyin order)" : "`") + ".\"\n  " + s.orderValue() + "\n");
			}
		}
		if (!added.isEmpty()) {
			out.append(values.isEmpty() ? "\"Fields " + label + "s can be sorted by.\"\nenum " : "extend enum ")
				.append(field).append(" {\n").append(String.join("", added)).append("}\n");
		}
		String order = label + "Order";
		if (registry.getType(order).isEmpty()) {
			out.append("\"A sort key of ").append(label).append("s (nulls last in either direction).\"\ninput ")
				.append(order).append(" {\n  \"Field to sort by.\"\n  field: ").append(field)
				.append("!\n  \"Direction (default ASC).\"\n  direction: OrderDirection = ASC\n}\n");
		}
	}

	private static Set<String> inputFields(TypeDefinitionRegistry registry, String name) {
		return registry.getType(name, InputObjectTypeDefinition.class)
			.map(t -> t.getInputValueDefinitions().stream().map(InputValueDefinition::getName).collect(Collectors.toSet()))
			.orElse(Set.of());
	}

	/** Adds a field unless the schema file declares it; whether it was added. */
	private static boolean field(List<String> fields, Set<String> taken, String name, String type, String description) {
		if (taken.contains(name)) {
			return false;
		}
		fields.add("  \"" + description + "\"\n  " + name + ": " + type + "\n");
		return true;
	}

	private static void unused(TypeDefinitionRegistry registry, String name) {
		if (registry.getType(name).isPresent()) {
			throw new IllegalStateException("The schema already declares " + name + ", a generated filter input");
		}
	}

	private static String capitalized(String field) {
		return Character.toUpperCase(field.charAt(0)) + field.substring(1);
	}

}
