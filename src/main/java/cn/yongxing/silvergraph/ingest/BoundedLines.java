package cn.yongxing.silvergraph.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that stops at the first record longer than a limit ({@link TooLong}, with the line it
 * reached), before the CSV parser would gather it into one token: a file of one gigabyte-long line is
 * refused after reading one limit's worth of it, not held in memory and echoed back. A line break inside
 * a quoted cell does not end the record (the count follows the quotes: {@code ""} toggles twice), so a
 * cell cannot grow past the limit by breaking its lines; CR, LF and CRLF all end a line.
 */
final class BoundedLines extends FilterReader {

	private final int limit;

	private int line = 1;

	private int length;

	private boolean quoted;

	private boolean afterCr;

	BoundedLines(Reader in, int limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			count((char) c);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int count) throws IOException {
		int n = super.read(buffer, offset, count);
		for (int i = 0; i < n; i++) {
			count(buffer[offset + i]);
		}
		return n;
	}

	private void count(char c) throws TooLong {
		boolean lf = c == '\n';
		if (lf || c == '\r') {
			if (!(lf && afterCr)) {
				line++;
			}
			afterCr = !lf;
			if (!quoted) {
				length = 0;
				return;
			}
		}
		else {
			afterCr = false;
			if (c == '"') {
				quoted = !quoted;
			}
		}
		if (++length > limit) {
			throw new TooLong(line, limit);
		}
	}

	/** A line over the limit. */
	static final class TooLong extends IOException {

		private final int line;

		private final int limit;

		TooLong(int line, int limit) {
			super("the record reaching line " + line + " is longer than " + limit + " characters");
			this.line = line;
			this.limit = limit;
		}

		int line() {
			return line;
		}

		int limit() {
			return limit;
		}

	}

}
