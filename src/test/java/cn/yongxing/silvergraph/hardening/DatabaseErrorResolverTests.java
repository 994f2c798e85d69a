package cn.yongxing.silvergraph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/** Database failures, however Spring wraps them, become TIMEOUT or UNAVAILABLE; others stay generic. */
class DatabaseErrorResolverTests {

	@Test
	void classifiesAnUnreachableDatabaseAsUnavailable() {
		assertThat(DatabaseErrorResolver.classify(new CannotCreateTransactionException("begin failed",
				new ServiceUnavailableException("Unable to connect to localhost:7687")))).isEqualTo("UNAVAILABLE");
		assertThat(DatabaseErrorResolver.classify(new DataAccessResourceFailureException("lost",
				new SessionExpiredException("leader switched")))).isEqualTo("UNAVAILABLE");
		assertThat(DatabaseErrorResolver.classify(new ClientException(
				"Unable to acquire connection from the pool within configured maximum time of 2000ms")))
			.isEqualTo("UNAVAILABLE");
	}

	@Test
	void classifiesATransactionTimeoutAsTimeout() {
		var serverTimeout = new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
				"The transaction has been terminated. Retry your operation in a new transaction");
		assertThat(DatabaseErrorResolver.classify(new InvalidDataAccessResourceUsageException("x", serverTimeout)))
			.isEqualTo("TIMEOUT");
		assertThat(DatabaseErrorResolver.classify(new TransactionTimedOutException("deadline passed")))
			.isEqualTo("TIMEOUT");
	}

	@Test
	void leavesOtherFailuresToTheGenericHandler() {
		assertThat(DatabaseErrorResolver.classify(new IllegalStateException("bug"))).isNull();
		assertThat(DatabaseErrorResolver.classify(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad")))
			.isNull();
	}

}
