package cn.yongxing.silvergraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.yongxing.silvergraph.ingest.TypedWrites.Family;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Adds the typed mutations of {@link TypedWrites} to the schema, from the dataset format and nothing
 * else: per node file {@code createX}/{@code updateX}/{@code deleteX} with {@code CreateXInput},
 * {@code XChanges} (every field optional: the partial update's {@code set}), {@code UpdateXInput},
 * {@code DeleteXInput} and {@code XWritePayload}, and {@code version} on the node type; per
 * relationship file {@code addY}/{@code updateY}/{@code removeY} with their inputs and {@code YPayload}.
 * A choice column becomes an enum: an enum of the schema files with exactly its values if there is one,
 * else a generated {@code <Owner><Column>} enum (suffixed {@code Choice} where that name is taken).
 * The read types name these enums too ({@code Enterprise.ownership: EnterpriseOwnership}), so a choice's
 * values are declared once, in the format; this customizer runs first, so that the generated filters and
 * groups ({@code graph.FilterSchema}, {@code graph.ListSchema}) find the enums of the fields they cover.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TypedSchema implements GraphQlSourceBuilderCustomizer {

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureTypeDefinitions(registry -> registry.merge(new SchemaParser().parse(sdl(registry))));
	}

	/** The generated definitions, given those of the schema files. */
	static String sdl(TypeDefinitionRegistry registry) {
		var out = new Sdl(registry);
		for (Family family : TypedWrites.FAMILIES) {
			if (family.isNode()) {
				out.node(family);
			}
			else {
				out.link(family);
			}
		}
		return out.finish();
	}

	/** Mutation names of a family, in the order create/add, update, delete/remove. */
	static List<String> mutations(Family family) {
		return family.isNode() ? List.of("create" + family.name(), "update" + family.name(), "delete" + family.name())
				: List.of("add" + family.name(), "update" + family.name(), "remove" + family.name());
	}

	/** Suffixes of the types generated per node type by the filters and lists, after the label. */
	private static final Set<String> LIST_TYPES = Set.of("Where", "Order", "OrderField", "Connection", "Edge",
			"Aggregate", "Group", "GroupKey", "GroupField");

	private static final class Sdl {

		private final TypeDefinitionRegistry registry;

		private final StringBuilder types = new StringBuilder();

		private final List<String> mutations = new ArrayList<>();

		private final Set<String> generated = new HashSet<>();

		Sdl(TypeDefinitionRegistry registry) {
			this.registry = registry;
		}

		void node(Family f) {
			String label = f.name();
			String file = "`" + f.spec().file() + "`";
			List<String> create = fields(f, f.facts(), true);
			provenance(f, create, true);
			input("Create" + label + "Input", "A new " + label + " (a record of " + file + ").", create);
			input(label + "Changes", "The fields of a " + label + " to change; a field left out keeps its value, "
					+ "an explicit null clears it.", fields(f, f.changeable(), false));
			List<String> update = new ArrayList<>();
			update.add(field("id", "ID!", "The " + label + " to change, e.g. `" + label + ":some-key`."));
			update.add(field("expectedVersion", "Int", "The `version` last read: if the " + label
					+ " is at another version now, nothing is written and the error is CONFLICT."));
			update.add(field("set", label + "Changes!", "Only the fields to change."));
			provenance(f, update, false);
			input("Update" + label + "Input", "Changes to some fields of a " + label + ".", update);
			input("Delete" + label + "Input", "A " + label + " to delete.",
					List.of(field("id", "ID!", "The " + label + " to delete."), field("expectedVersion", "Int",
							"The `version` last read: if the " + label + " is at another version now, nothing is deleted.")));
			type(label + "WritePayload", "Result of a create or update of a " + label + ".",
					List.of(field("accepted", "Boolean!", "Whether the write passed validation and was written."),
							field("node", label, "The " + label + " as written; null when rejected."),
							field("errors", "[UserError!]!", "Why the write was rejected; empty when accepted.")));
			mutation(f, 0, "Creates a " + label + " (refused if its key exists). EDITOR or higher.",
					"Create" + label + "Input", label + "WritePayload", "EDITOR");
			mutation(f, 1, "Changes only the given fields of a " + label + ", checking `expectedVersion` in the same "
					+ "transaction as the write. EDITOR or higher.", "Update" + label + "Input", label + "WritePayload",
					"EDITOR");
			mutation(f, 2, "Deletes a " + label + " with its relationships; refused while other records depend on it. "
					+ "ADMIN.", "Delete" + label + "Input", "DeleteNodePayload", "ADMIN");
			types.append("extend type ").append(label).append(" {\n")
				.append(field("version", "Int!", "Incremented by every write of this node's record (typed mutations, "
						+ "upsert, import); 0 for a node written before versions existed. Give it as `expectedVersion` "
						+ "to update" + label + " so a concurrent change is not overwritten."))
				.append("}\n");
		}

		void link(Family f) {
			String name = f.name();
			String file = "`" + f.spec().file() + "`";
			List<String> add = fields(f, f.facts(), true);
			provenance(f, add, true);
			input("Add" + name + "Input", "A new " + name + " (a record of " + file
					+ "); adding one that exists replaces its properties.", add);
			List<String> identity = new ArrayList<>();
			for (Column c : f.identity()) {
				identity.add(field(f.field(c), type(f, c) + (c.required() ? "!" : ""), describe(f, c)));
			}
			List<String> update = new ArrayList<>(identity);
			List<String> changes = fields(f, f.changeable(), false);
			if (!changes.isEmpty()) {
				input(name + "Changes", "The properties of a " + name + " to change; a property left out keeps its "
						+ "value, an explicit null clears it.", changes);
				update.add(field("set", name + "Changes!", "Only the properties to change."));
			}
			provenance(f, update, false);
			input("Update" + name + "Input", "Changes to one " + name + ", identified by "
					+ f.identity().stream().map(f::field).collect(Collectors.joining(", ")) + ".", update);
			List<String> remove = new ArrayList<>();
			for (Column c : f.identity()) {
				remove.add(field(f.field(c), type(f, c) + (c.property() ? "" : "!"), describe(f, c)));
			}
			input("Remove" + name + "Input", "The " + name + " record(s) to remove; identifying properties left out "
					+ "match any value.", remove);
			type(name + "Payload", "Result of adding or updating a " + name + ".",
					List.of(field("accepted", "Boolean!", "Whether the write passed validation and was written."),
							field("errors", "[UserError!]!", "Why the write was rejected; empty when accepted.")));
			mutation(f, 0, "Adds a " + name + ". EDITOR or higher.", "Add" + name + "Input", name + "Payload", "EDITOR");
			mutation(f, 1, "Changes only the given properties of one " + name + ". EDITOR or higher.",
					"Update" + name + "Input", name + "Payload", "EDITOR");
			mutation(f, 2, "Removes " + name + " records. EDITOR or higher.", "Remove" + name + "Input",
					"UnlinkPayload", "EDITOR");
		}

		/** Source and excerpt (required on create, defaulting to the current citation on update) and newSource. */
		private void provenance(Family f, List<String> fields, boolean create) {
			if (!f.cites()) {
				return;
			}
			boolean identifies = f.identity().stream().anyMatch(c -> c.name().equals("source"));
			if (create || !identifies) {
				fields.add(field("source", "ID", "The Source the fact comes from (`Source:key` or its key)"
						+ (create ? "; required unless `newSource` is given." : "; left out: the record keeps citing its source.")));
			}
			fields.add(field("excerpt", create ? "String!" : "String",
					"The sentence of the source the fact comes from, verbatim" + (create ? "." : " (with `source`).")));
			fields.add(field(TypedWrites.NEW_SOURCE, "CreateSourceInput", "A Source to create in the same "
					+ "transaction; the record cites it when `source` is left out."));
		}

		private List<String> fields(Family f, List<Column> columns, boolean create) {
			List<String> fields = new ArrayList<>();
			for (Column c : columns) {
				fields.add(field(f.field(c), type(f, c) + (create && c.required() ? "!" : ""), describe(f, c)));
			}
			return fields;
		}

		private String describe(Family f, Column c) {
			String what = switch (c.type()) {
				case ColumnType.Ref(String label) -> " A " + label + ": its id (`" + label + ":key`) or key.";
				case ColumnType.TypedRef(Set<String> labels) -> " The id of a "
						+ labels.stream().sorted().collect(Collectors.joining(" or ")) + ", e.g. `"
						+ labels.stream().sorted().findFirst().orElseThrow() + ":key`.";
				case ColumnType.ListOf(ColumnType.Ref(String label)) -> " " + label + " ids or keys.";
				case ColumnType.Year y -> " A year (1900-2100).";
				case ColumnType.Date d -> " YYYY, YYYY-MM or YYYY-MM-DD.";
				case ColumnType.Fraction fr -> " A fraction between 0 and 1.";
				case ColumnType.CreditCode cc -> " An 18-character unified social credit code (checksum verified).";
				case ColumnType.PatentNumber pn -> " A Chinese patent application or publication number.";
				case ColumnType.StandardCode sc -> " A standard code such as `GB/T 4135-2016`.";
				default -> "";
			};
			return "Column `" + c.name() + "` of `" + f.spec().file() + "`." + what;
		}

		private String type(Family f, Column c) {
			return type(f, c.name(), c.type());
		}

		private String type(Family f, String column, ColumnType type) {
			return switch (type) {
				case ColumnType.Count c -> "Int";
				case ColumnType.Year y -> "Int";
				case ColumnType.Quantity q -> "Float";
				case ColumnType.Fraction fr -> "Float";
				case ColumnType.Bool b -> "Boolean";
				case ColumnType.Ref r -> "ID";
				case ColumnType.TypedRef r -> "ID";
				case ColumnType.ListOf(ColumnType item) -> "[" + type(f, column, item) + "!]";
				case ColumnType.Choice(Set<String> values) -> enumOf(f.name() + capitalized(column), values);
				case ColumnType.Text t -> "String";
				case ColumnType.Date d -> "String";
				case ColumnType.Url u -> "String";
				case ColumnType.CreditCode cc -> "String";
				case ColumnType.PatentNumber pn -> "String";
				case ColumnType.StandardCode sc -> "String";
			};
		}

		/**
		 * An enum of the schema files with exactly these values, else one of this owner and column (shared
		 * value sets still get one enum per owner, so that every name says whose values they are).
		 */
		private String enumOf(String name, Set<String> values) {
			for (EnumTypeDefinition e : registry.getTypes(EnumTypeDefinition.class)) {
				if (e.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).collect(Collectors.toSet())
					.equals(values)) {
					return e.getName();
				}
			}
			String free = taken(name) ? name + "Choice" : name;
			if (generated.contains(free)) {
				return free;
			}
			unused(free);
			generated.add(free);
			types.append("\"The values of `").append(name).append("`.\"\nenum ").append(free).append(" {\n");
			values.stream().sorted().forEach(v -> types.append("  ").append(v).append('\n'));
			types.append("}\n");
			return free;
		}

		/**
		 * Whether the schema files declare the name, or the types generated after this for every node type
		 * take it ({@code graph.FilterSchema}, {@code graph.ListSchema}: {@code <Label>Group} and the like;
		 * they run later, so the registry does not show them yet): {@code Metal.group}'s values are
		 * {@code MetalGroupChoice}, {@code MetalGroup} being a group of metals.
		 */
		private boolean taken(String name) {
			if (registry.getType(name).isPresent()) {
				return true;
			}
			return DatasetFormat.FILES.stream().filter(FileSpec::isNodeFile).map(FileSpec::label)
				.anyMatch(label -> name.startsWith(label) && LIST_TYPES.contains(name.substring(label.length())));
		}

		private void input(String name, String description, List<String> fields) {
			unused(name);
			types.append('"').append(description).append("\"\ninput ").append(name).append(" {\n")
				.append(String.join("", fields)).append("}\n");
		}

		private void type(String name, String description, List<String> fields) {
			unused(name);
			types.append('"').append(description).append("\"\ntype ").append(name).append(" {\n")
				.append(String.join("", fields)).append("}\n");
		}

		private void mutation(Family f, int which, String description, String input, String payload, String role) {
			mutations.add(field(mutations(f).get(which) + "(input: " + input + "!)",
					payload + "! @requires(role: " + role + ")", description));
		}

		private void unused(String name) {
			if (registry.getType(name).isPresent()) {
				throw new IllegalStateException("The schema already declares " + name + ", a generated write type");
			}
		}

		String finish() {
			return types + "extend type Mutation {\n" + String.join("", mutations) + "}\n";
		}

	}

	private static String field(String name, String type, String description) {
		return "  \"" + description.replace("\"", "\\\"") + "\"\n  " + name + ": " + type + "\n";
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
