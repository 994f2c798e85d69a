package cn.yongxing.silvergraph.graph;

import java.time.Duration;
import java.util.Optional;

import org.springframework.dao.QueryTimeoutException;

/**
 * The wall-clock time one request may take, counted from its arrival. A request's budget is the read
 * timeout ({@code silvergraph.limits.cypher-timeout}); once it runs an analysis (any statement through
 * {@link GraphReader#analytics()}, graph algorithms included) it is the analytics timeout. Every
 * statement is given what is left of the budget as its transaction timeout, not a fresh timeout of its
 * own, and the time between statements (Java work) is checked at each statement and at
 * {@link #checkpoint()}: so a request of many statements ends within its budget plus the database's
 * reaction time, whatever runs it.
 *
 * <p>Held per thread: the data fetchers of a request run on its thread (see the transport package).
 * Work outside a request (the command line, start-up) has no budget and keeps each statement's own
 * timeout.
 */
public final class RequestBudget {

	private static final ThreadLocal<RequestBudget> CURRENT = new ThreadLocal<>();

	private final long start = System.nanoTime();

	private final Duration read;

	private final Duration analytics;

	private volatile boolean analysing;

	/** Set for a mutation: writes have their own timeouts, and a read after a commit must not fail it. */
	private volatile boolean lifted;

	private RequestBudget(Duration read, Duration analytics) {
		this.read = read;
		this.analytics = analytics.compareTo(read) < 0 ? read : analytics;
	}

	/** Starts the budget of the request on this thread; close the scope when the request ends. */
	public static Scope open(Duration read, Duration analytics) {
		RequestBudget previous = CURRENT.get();
		CURRENT.set(new RequestBudget(read, analytics));
		return () -> {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		};
	}

	/** The budget of the request on this thread, if it has one. */
	public static Optional<RequestBudget> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/**
	 * The timeout for the next statement: what is left of the request's budget, at most
	 * {@code statementTimeout}; without a budget, {@code statementTimeout} itself.
	 *
	 * @param analysis whether the statement belongs to an analysis (raises the budget to the analytics one)
	 * @throws QueryTimeoutException when nothing is left
	 */
	static Duration forStatement(Duration statementTimeout, boolean analysis) {
		RequestBudget budget = CURRENT.get();
		if (budget == null || budget.lifted) {
			return statementTimeout;
		}
		if (analysis) {
			budget.analysing = true;
		}
		Duration left = budget.left();
		// under a millisecond is nothing: a transaction timeout of 0 ms would mean no timeout at all
		if (left.compareTo(Duration.ofMillis(1)) < 0) {
			throw budget.exceeded();
		}
		return left.compareTo(statementTimeout) < 0 ? left : statementTimeout;
	}

	/**
	 * What is left for waiting on an analysis another request computes (raises the budget to the
	 * analytics one); without a budget, {@code otherwise}.
	 *
	 * @throws QueryTimeoutException when nothing is left
	 */
	public static Duration forWaiting(Duration otherwise) {
		return forStatement(otherwise, true);
	}

	/**
	 * Lifts the budget of the request on this thread: a mutation's writes have their own transaction
	 * timeouts, and the reads that follow a commit (the written record, returned in the payload) must not
	 * turn a change that was made into an error.
	 */
	public static void lift() {
		RequestBudget budget = CURRENT.get();
		if (budget != null) {
			budget.lifted = true;
		}
	}

	/** Throws TIMEOUT when the request on this thread has used up its budget (for long Java work). */
	public static void checkpoint() {
		RequestBudget budget = CURRENT.get();
		if (budget != null && !budget.lifted && !budget.left().isPositive()) {
			throw budget.exceeded();
		}
	}

	/** What is left of this budget (negative once it is over). */
	public Duration left() {
		return (analysing ? analytics : read).minusNanos(System.nanoTime() - start);
	}

	/** Whether {@code ex} is a request running out of its budget (not a database timeout). */
	public static boolean isExceeded(Throwable ex) {
		return ex instanceof BudgetExceeded;
	}

	private QueryTimeoutException exceeded() {
		return new BudgetExceeded("The request used up its time budget of "
				+ (analysing ? analytics : read).toMillis() + " ms");
	}

	private static final class BudgetExceeded extends QueryTimeoutException {

		BudgetExceeded(String message) {
			super(message);
		}

	}

	/** Ends a budget ({@link #open}); no exception. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
