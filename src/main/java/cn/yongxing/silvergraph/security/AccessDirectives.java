package cn.yongxing.silvergraph.security;

import java.util.Map;

import cn.yongxing.silvergraph.graph.Sensitivity;
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
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Field-level access rules declared in the schema: {@code @sensitive} (ANALYST or above) and
 * {@code @requires(role: …)}. A guarded field's data fetcher is wrapped; a caller below the role gets
 * {@code null} for that field and a FORBIDDEN error, while the rest of the response is served. The
 * check runs on the result field only, so queries and their index use are untouched.
 */
@Component
class AccessDirectives implements RuntimeWiringConfigurer {

	static final String SENSITIVE = "sensitive";

	static final String REQUIRES = "requires";

	private final RoleHierarchy roles;

	AccessDirectives(RoleHierarchy roles) {
		this.roles = roles;
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
		return env -> allows(role) || notSensitiveHere(env) ? original.get(env) : forbidden(env, role, fieldName);
	}

	/** Objects that are sensitive only sometimes (e.g. non-financial criteria) say so themselves. */
	private static boolean notSensitiveHere(DataFetchingEnvironment env) {
		return env.getSource() instanceof Sensitivity s && !s.carriesSensitiveValues();
	}

	/** Whether the current caller holds the role, directly or through the hierarchy. */
	boolean allows(Role role) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return caller != null && roles.getReachableGrantedAuthorities(caller.getAuthorities()).stream()
			.anyMatch(a -> role.authority().equals(a.getAuthority()));
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
