package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

/**
 * The typed-write SDL generated from the dataset format, against the schema files: it merges without a
 * clash, choice columns become enums of exactly their values, and partial updates take every field as
 * optional.
 */
class TypedSchemaTests {

	private static TypedDefinitions generated() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("schema"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		TypeDefinitionRegistry typed = new SchemaParser().parse(TypedSchema.sdl(registry));
		registry.merge(typed);
		return new TypedDefinitions(registry, typed);
	}

	private record TypedDefinitions(TypeDefinitionRegistry all, TypeDefinitionRegistry typed) {

		Map<String, String> fields(String input) {
			return all.getType(input, InputObjectTypeDefinition.class).orElseThrow().getInputValueDefinitions().stream()
				.collect(Collectors.toMap(InputValueDefinition::getName, v -> printed(v.getType())));
		}

		/** The named type of a field of an object type (or its extensions), null where there is none. */
		@org.jspecify.annotations.Nullable String readField(String type, String field) {
			List<ObjectTypeDefinition> all = new ArrayList<>();
			this.all.getType(type, ObjectTypeDefinition.class).ifPresent(all::add);
			all.addAll(this.all.objectTypeExtensions().getOrDefault(type, List.of()));
			return all.stream().flatMap(d -> d.getFieldDefinitions().stream()).filter(d -> d.getName().equals(field))
				.map(d -> printed(d.getType()).replace("!", "")).findFirst().orElse(null);
		}

		Set<String> values(String enumName) {
			return all.getType(enumName, EnumTypeDefinition.class).orElseThrow().getEnumValueDefinitions().stream()
				.map(EnumValueDefinition::getName).collect(Collectors.toSet());
		}
	}

	private static String printed(graphql.language.Type<?> type) {
		return switch (type) {
			case graphql.language.NonNullType n -> printed(n.getType()) + "!";
			case graphql.language.ListType l -> "[" + printed(l.getType()) + "]";
			case graphql.language.TypeName t -> t.getName();
			default -> type.toString();
		};
	}

	@Test
	void shouldTypeEveryColumnOfEveryFileAndMergeWithTheSchemaFiles() throws IOException {
		var defs = generated();
		for (TypedWrites.Family f : TypedWrites.FAMILIES) {
			String create = (f.isNode() ? "Create" : "Add") + f.name() + "Input";
			assertThat(defs.fields(create).keySet()).as(create)
				.containsAll(f.facts().stream().map(f::field).toList());
			for (Column c : f.facts()) {
				if (c.type() instanceof ColumnType.Choice(Set<String> values)) {
					String type = defs.fields(create).get(f.field(c)).replace("!", "");
					assertThat(defs.values(type)).as(f.spec().file() + " " + c.name()).isEqualTo(values);
				}
			}
		}
		assertThat(defs.fields("CreateEnterpriseInput")).containsEntry("key", "String!")
			.containsEntry("founded", "Int").containsEntry("listing", "[String!]").containsEntry("local", "Boolean!");
		assertThat(defs.fields("AddMetalShareInput")).containsEntry("value", "Float!").containsEntry("holder", "ID!");
	}

	/** Read types named other than the relationship file's record. */
	private static final Map<String, String> READ_TYPES = Map.of("collaborations.csv", "Partnership");

	@Test
	void shouldTypeEveryReadFieldOfAChoiceColumnWithTheEnumOfExactlyItsValues() throws IOException {
		var defs = generated();
		int checked = 0;
		for (TypedWrites.Family f : TypedWrites.FAMILIES) {
			String type = READ_TYPES.getOrDefault(f.spec().file(), f.name());
			for (Column c : f.facts()) {
				if (!(c.type() instanceof ColumnType.Choice(Set<String> values))) {
					continue;
				}
				var field = defs.readField(type, f.field(c));
				if (field == null) {
					continue;
				}
				assertThat(field).as(type + "." + f.field(c) + " (" + f.spec().file() + " " + c.name() + ")")
					.isNotEqualTo("String");
				assertThat(defs.values(field)).as(type + "." + f.field(c)).isEqualTo(values);
				checked++;
			}
		}
		// every choice column read by the API: 30 fields across 22 types (a test that cannot pass empty)
		assertThat(checked).isGreaterThanOrEqualTo(30);
		assertThat(defs.readField("Enterprise", "ownership")).isEqualTo("EnterpriseOwnership");
		assertThat(defs.readField("Partnership", "kind")).isEqualTo("CollaborationKind");
	}

	@Test
	void shouldTakeEveryChangeOfAPartialUpdateAsOptionalAndNeverTheKeyOrIdentity() throws IOException {
		var defs = generated();
		assertThat(defs.fields("EnterpriseChanges")).doesNotContainKey("key").containsEntry("name", "String")
			.containsEntry("local", "Boolean").allSatisfy((name, type) -> assertThat(type).doesNotEndWith("!"));
		assertThat(defs.fields("SupplyLinkChanges")).containsOnlyKeys("volumeT");
		assertThat(defs.fields("UpdateSupplyLinkInput")).containsEntry("supplier", "ID!").containsEntry("customer", "ID!")
			.containsEntry("product", "ID!").containsEntry("year", "Int!").containsEntry("set", "SupplyLinkChanges!");
		assertThat(defs.fields("RemoveSupplyLinkInput")).containsEntry("supplier", "ID!").containsEntry("year", "Int");
		assertThat(defs.fields("UpdateEnterpriseInput")).containsEntry("id", "ID!").containsEntry("expectedVersion", "Int")
			.containsEntry("source", "ID");
	}

}
