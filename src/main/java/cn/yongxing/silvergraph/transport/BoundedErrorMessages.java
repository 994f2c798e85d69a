package cn.yongxing.silvergraph.transport;

import java.util.List;

import cn.yongxing.silvergraph.graph.BadInputException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Every GraphQL error message is bounded the way {@link BadInputException} bounds its own: graphql-java's
 * parse and validation errors quote the document (a 900 KB string literal given to an {@code Int}
 * argument would come back whole). Words over 200 characters and messages over 1,000 are cut.
 */
@Component
class BoundedErrorMessages implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			List<GraphQLError> errors = response.getExecutionResult().getErrors();
			if (errors.stream().allMatch(e -> e.getMessage() == null
					|| BadInputException.bounded(e.getMessage()).equals(e.getMessage()))) {
				return response;
			}
			List<GraphQLError> bounded = errors.stream().map(BoundedErrorMessages::bounded).toList();
			return response.transform(builder -> builder.errors(bounded));
		});
	}

	private static GraphQLError bounded(GraphQLError error) {
		String message = error.getMessage();
		if (message == null || BadInputException.bounded(message).equals(message)) {
			return error;
		}
		return GraphqlErrorBuilder.newError()
			.message(BadInputException.bounded(message))
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType())
			.extensions(error.getExtensions())
			.build();
	}

}
