package cn.yongxing.silvergraph.hardening;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Database trouble as errors a client can act on: a statement over the transaction timeout becomes
 * TIMEOUT (the database has terminated it), an unreachable database UNAVAILABLE (retry later).
 * Spring wraps the driver's exceptions, so the whole cause chain is inspected.
 */
@Component
class DatabaseErrorResolver extends DataFetcherExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		String code = classify(ex);
		if (code == null) {
			return null;
		}
		String message = code.equals("TIMEOUT")
				? "The query took longer than the database transaction timeout and was stopped; narrow it down"
				: "The graph database is unavailable; please retry shortly";
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message(message)
			.extensions(Map.of("code", code))
			.build();
	}

	/** TIMEOUT, UNAVAILABLE, or null for anything else. */
	static @Nullable String classify(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof TransactionTimedOutException || t instanceof QueryTimeoutException) {
				return "TIMEOUT";
			}
			if (t instanceof Neo4jException neo4j && neo4j.code() != null
					&& neo4j.code().contains("TransactionTimedOut")) {
				return "TIMEOUT";
			}
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof Neo4jException && t.getMessage() != null
							&& t.getMessage().contains("acquire connection")) {
				return "UNAVAILABLE";
			}
		}
		return null;
	}

}
