package cn.yongxing.silvergraph.hardening;

import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import org.springframework.graphql.execution.ErrorType;

/** Stops a request before execution with a LIMIT_EXCEEDED error naming the limit and the actual value. */
final class LimitExceeded {

	private LimitExceeded() {
	}

	static AbortExecutionException abort(String limit, long max, long actual, String message) {
		return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(Map.of("code", "LIMIT_EXCEEDED", "limit", limit, "maximum", max, "actual", actual))
			.build()));
	}

}
