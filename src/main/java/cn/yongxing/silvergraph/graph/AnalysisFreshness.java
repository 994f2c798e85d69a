package cn.yongxing.silvergraph.graph;

/**
 * Per request: whether its analyses must be computed for the current graph version ({@code @fresh}, or
 * {@code Cache-Control: no-cache}), and whether any was answered from an earlier version while the
 * current one is computed in the background ({@link AnalyticsCache}, stale-while-revalidate). Held per
 * thread like {@link RequestBudget}: the data fetchers of a request run on its thread.
 */
public final class AnalysisFreshness {

	private static final ThreadLocal<State> CURRENT = new ThreadLocal<>();

	private AnalysisFreshness() {
	}

	private static final class State {

		private volatile boolean fresh;

		private volatile boolean stale;

	}

	/** Starts the request's state on this thread; close the scope when the request ends. */
	public static RequestBudget.Scope open(boolean fresh) {
		State previous = CURRENT.get();
		State state = new State();
		state.fresh = fresh;
		CURRENT.set(state);
		return () -> {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		};
	}

	/** The request asks for analyses of the current graph version (it waits for them). */
	public static void requireFresh() {
		State state = CURRENT.get();
		if (state != null) {
			state.fresh = true;
		}
	}

	/** Whether the request on this thread may be answered from an earlier graph version. */
	static boolean staleAllowed() {
		State state = CURRENT.get();
		return state != null && !state.fresh;
	}

	static void markStale() {
		State state = CURRENT.get();
		if (state != null) {
			state.stale = true;
		}
	}

	/** Whether the request on this thread was answered, in part, from an earlier graph version. */
	public static boolean servedStale() {
		State state = CURRENT.get();
		return state != null && state.stale;
	}

}
