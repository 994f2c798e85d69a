package cn.yongxing.silvergraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;

/**
 * What the schema files (and the definitions generated before, see {@code TypedSchema}) say of a
 * declared scalar: the generated filter, sort and group types follow the field's own GraphQL type, so
 * an enumerated property ({@code Enterprise.ownership: EnterpriseOwnership}) is filtered and grouped by
 * its enum, not as text.
 */
final class SchemaFields {

	private SchemaFields() {
	}

	/** The fields of an object type (with its extensions) and their named types (lists and non-null unwrapped). */
	static Map<String, String> fieldTypes(TypeDefinitionRegistry registry, String type) {
		List<ObjectTypeDefinition> all = new ArrayList<>();
		registry.getType(type, ObjectTypeDefinition.class).ifPresent(all::add);
		all.addAll(registry.objectTypeExtensions().getOrDefault(type, List.of()));
		Map<String, String> fields = new HashMap<>();
		for (ObjectTypeDefinition definition : all) {
			for (FieldDefinition f : definition.getFieldDefinitions()) {
				fields.put(f.getName(), ((TypeName) TypeUtil.unwrapAll(f.getType())).getName());
			}
		}
		return fields;
	}

	/** The named type of {@code type.field}, if the schema declares the field. */
	static Optional<String> typeOf(TypeDefinitionRegistry registry, String type, String field) {
		return Optional.ofNullable(fieldTypes(registry, type).get(field));
	}

	/** The enum a declared text scalar of {@code type} is typed with in the schema, empty for a plain scalar. */
	static Optional<String> enumOf(TypeDefinitionRegistry registry, String type, Scalar scalar) {
		if (scalar.kind() != Scalar.Kind.STRING) {
			return Optional.empty();
		}
		return typeOf(registry, type, scalar.name())
			.filter(named -> registry.getType(named, EnumTypeDefinition.class).isPresent());
	}

}
