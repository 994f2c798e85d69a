package cn.yongxing.silvergraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;

class RequestBudgetTests {

	private static final Duration OWN = Duration.ofSeconds(5);

	@Test
	void aStatementGetsWhatIsLeftAndNothingOnceItIsUsedUp() throws InterruptedException {
		try (var scope = RequestBudget.open(Duration.ofMillis(200), Duration.ofSeconds(2))) {
			assertThat(RequestBudget.forStatement(OWN, false)).isLessThanOrEqualTo(Duration.ofMillis(200));
			Thread.sleep(250);
			assertThatThrownBy(() -> RequestBudget.forStatement(OWN, false)).isInstanceOf(QueryTimeoutException.class)
				.satisfies(ex -> assertThat(RequestBudget.isExceeded(ex)).isTrue());
			assertThatThrownBy(RequestBudget::checkpoint).isInstanceOf(QueryTimeoutException.class);
			// an analysis raises the budget to the analytics one
			assertThat(RequestBudget.forStatement(OWN, true)).isBetween(Duration.ofMillis(1), Duration.ofSeconds(2));
		}
		assertThat(RequestBudget.current()).isEmpty();
		assertThat(RequestBudget.forStatement(OWN, false)).isEqualTo(OWN);
	}

	@Test
	void lessThanAMillisecondLeftIsNothingLeft() throws InterruptedException {
		try (var scope = RequestBudget.open(Duration.ofNanos(500_000), Duration.ofNanos(500_000))) {
			assertThatThrownBy(() -> RequestBudget.forStatement(OWN, false)).isInstanceOf(QueryTimeoutException.class);
		}
	}

	@Test
	void aMutationsReadsAfterItsCommitAreNotBounded() throws InterruptedException {
		try (var scope = RequestBudget.open(Duration.ofMillis(10), Duration.ofMillis(10))) {
			RequestBudget.lift();
			Thread.sleep(20);
			assertThat(RequestBudget.forStatement(OWN, false)).isEqualTo(OWN);
			RequestBudget.checkpoint();
		}
	}

}
