package cn.yongxing.silvergraph.graph;

import java.util.ArrayList;
import java.util.List;
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

	/** The named type of {@code type.field} (lists and non-null unwrapped), if the schema declares the field. */
	static Optional<String> typeOf(TypeDefinitionRegistry registry, String type, String field) {
		List<ObjectTypeDefinition> all = new ArrayList<>();
		registry.getType(type, ObjectTypeDefinition.class).ifPresent(all::add);
		all.addAll(registry.objectTypeExtensions().getOrDefault(type, List.of()));
		for (ObjectTypeDefinition definition : all) {
			for (FieldDefinition f : definition.getFieldDefinitions()) {
				if (f.getName().equals(field)) {
					return Optional.of(((TypeName) TypeUtil.unwrapAll(f.getType())).getName());
				}
			}
		}
		return Optional.empty();
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
