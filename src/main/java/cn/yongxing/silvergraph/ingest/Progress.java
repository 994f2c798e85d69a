package cn.yongxing.silvergraph.ingest;

/**
 * Where a long import says how far it got, for a person watching the terminal. Called often (every
 * few thousand rows); an implementation decides how often to show it.
 */
@FunctionalInterface
public interface Progress {

	/** Tells nobody. */
	Progress NONE = (phase, rows, totalRows) -> {
	};

	/**
	 * @param phase what is being done, e.g. {@code validating enterprises.csv}
	 * @param rows rows done in this phase so far
	 * @param totalRows rows this phase will do, or 0 when not known
	 */
	void update(String phase, long rows, long totalRows);

}
