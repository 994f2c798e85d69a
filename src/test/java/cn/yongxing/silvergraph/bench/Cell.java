package cn.yongxing.silvergraph.bench;

import java.util.Arrays;

/** The measurements of one query case on one target at one concurrency, over all its rounds. */
final class Cell {

	private long[] latenciesNanos = new long[1024];

	private int count;

	private long errors;

	private String firstError;

	private long measuredNanos;

	private long statements;

	synchronized void record(long nanos) {
		if (count == latenciesNanos.length) {
			latenciesNanos = Arrays.copyOf(latenciesNanos, count * 2);
		}
		latenciesNanos[count++] = nanos;
	}

	synchronized void error(Exception ex) {
		if (errors++ == 0) {
			firstError = String.valueOf(ex.getMessage());
		}
	}

	synchronized void addWallTime(long nanos) {
		measuredNanos += nanos;
	}

	/** Adds Cypher statements the service sent while this cell ran (ours only). */
	synchronized void addStatements(long n) {
		statements += n;
	}

	/** Cypher statements per answered request; NaN when not counted. */
	synchronized double statementsPerRequest() {
		return count == 0 || statements == 0 ? Double.NaN : (double) statements / count;
	}

	synchronized int count() {
		return count;
	}

	synchronized long errors() {
		return errors;
	}

	synchronized String firstError() {
		return firstError;
	}

	/** Answered requests per second of wall time spent on this cell. */
	synchronized double throughput() {
		return measuredNanos == 0 ? 0 : count / (measuredNanos / 1e9);
	}

	/** The latency at a percentile (0-100), in milliseconds; NaN without samples. */
	synchronized double percentileMillis(double p) {
		if (count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(latenciesNanos, count);
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * count) - 1;
		return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
	}

}
