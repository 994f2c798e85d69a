package cn.yongxing.silvergraph.ingest;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a command line import on the terminal: one line per phase change and at most one
 * every {@code everyMillis} within a phase, with rows, the share done and the rate since the phase began.
 */
final class TerminalProgress implements Progress {

	private final PrintStream out;

	private final long everyNanos;

	private String phase = "";

	private long phaseStart;

	private long lastShown;

	TerminalProgress(PrintStream out, long everyMillis) {
		this.out = out;
		this.everyNanos = everyMillis * 1_000_000;
	}

	@Override
	public synchronized void update(String phase, long rows, long totalRows) {
		long now = System.nanoTime();
		if (!phase.equals(this.phase)) {
			this.phase = phase;
			this.phaseStart = now;
			this.lastShown = now;
			out.println("  " + phase + " ...");
			return;
		}
		if (now - lastShown < everyNanos) {
			return;
		}
		lastShown = now;
		out.println(line(phase, rows, totalRows, (now - phaseStart) / 1e9));
	}

	static String line(String phase, long rows, long totalRows, double seconds) {
		String share = totalRows > 0 ? String.format(Locale.ROOT, " of %,d (%.0f %%)", totalRows, 100.0 * rows / totalRows)
				: "";
		return String.format(Locale.ROOT, "  %s: %,d rows%s, %,.0f rows/s, %.0f s", phase, rows, share,
				seconds > 0 ? rows / seconds : 0, seconds);
	}

}
