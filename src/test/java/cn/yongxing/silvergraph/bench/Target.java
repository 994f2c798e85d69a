package cn.yongxing.silvergraph.bench;

import java.util.Map;

/** Something the benchmark sends logical queries to: our endpoint, the peer, or the driver. */
interface Target extends AutoCloseable {

	/** Short name in the report: {@code ours}, {@code peer}, {@code raw}. */
	String name();

	/** Runs one request of a query case and fails (throws) unless it was answered without errors. */
	void execute(QueryCase query, Map<String, Object> params) throws Exception;

	/** Whether this target has a form of the query case. */
	boolean supports(QueryCase query);

	@Override
	default void close() {
	}

}
