package cn.yongxing.silvergraph.security;

import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaDirectiveWiring;
import graphql.schema.idl.SchemaDirectiveWiringEnvironment;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Field-level access rules declared in the schema: {@code @sensitive} (ANALYST or above) and
 * {@code @requires(role: …)}. A guarded field's data fetcher is wrapped; a caller below the role gets
 * {@code null} for that field and a FORBIDDEN error, while the rest of the response is served. The
 * check runs on the result field only, so queries and their index use are untouched. Values derived
 * from financial figures are not guarded here but never computed for such callers (see
 * {@link Clearance}, which decides both).
 */
@Component
class AccessDirectives implements RuntimeWiringConfigurer {

	static final String SENSITIVE = "sensitive";

	static final String REQUIRES = "requires";

	private final Clearance clearance;

	AccessDirectives(Clearance clearance) {
		this.clearance = clearance;
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		SchemaDirectiveWiring wiring = new SchemaDirectiveWiring() {
			@Override
			public GraphQLFieldDefinition onField(SchemaDirectiveWiringEnvironment<GraphQLFieldDefinition> env) {
				GraphQLFieldDefinition field = env.getElement();
				Role role = requiredRole(field);
				FieldCoordinates coordinates = FieldCoordinates.coordinates(env.getFieldsContainer(), field);
				DataFetcher<?> original = env.getCodeRegistry().getDataFetcher(coordinates, field);
				env.getCodeRegistry().dataFetcher(coordinates, guarded(role, original, field.getName()));
				return field;
			}
		};
		builder.directive(SENSITIVE, wiring).directive(REQUIRES, wiring);
	}

	private static Role requiredRole(GraphQLFieldDefinition field) {
		GraphQLAppliedDirective requires = field.getAppliedDirective(REQUIRES);
		if (requires != null) {
			Object value = requires.getArgument("role").getValue();
			return Role.valueOf(String.valueOf(value));
		}
		return Role.ANALYST;
	}

	private DataFetcher<?> guarded(Role role, DataFetcher<?> original, String fieldName) {
		return env -> clearance.holds(role) ? original.get(env) : forbidden(env, role, fieldName);
	}

	private static DataFetcherResult<Object> forbidden(DataFetchingEnvironment env, Role role, String fieldName) {
		return DataFetcherResult.newResult()
			.data(null)
			.error(GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.FORBIDDEN)
				.message("'" + fieldName + "' needs role " + role + " or higher")
				.extensions(Map.of("code", "FORBIDDEN", "requiredRole", role.name()))
				.build())
			.build();
	}

}
