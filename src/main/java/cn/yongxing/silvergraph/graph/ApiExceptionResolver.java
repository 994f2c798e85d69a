package cn.yongxing.silvergraph.graph;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns client mistakes and missing capabilities into GraphQL errors a person understands, with
 * {@code extensions.code} (BAD_USER_INPUT, UNAVAILABLE).
 * Anything else keeps Spring's default: a generic INTERNAL_ERROR without stack trace.
 */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof BadInputException) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(ex.getMessage())
				.extensions(java.util.Map.of("code", "BAD_USER_INPUT"))
				.build();
		}
		if (ex instanceof UnavailableException) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message(ex.getMessage())
				.extensions(java.util.Map.of("code", "UNAVAILABLE"))
				.build();
		}
		return null;
	}

}
