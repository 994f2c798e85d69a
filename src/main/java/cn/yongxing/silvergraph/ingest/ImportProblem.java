package cn.yongxing.silvergraph.ingest;

import org.jspecify.annotations.Nullable;

/**
 * One reason a dataset was rejected, located precisely enough to fix it.
 *
 * @param file dataset file name
 * @param line 1-based line in the file (the header is line 1), 0 for problems of the whole file
 * @param column column name, if the problem is in one cell
 * @param value the offending cell value, cut to {@value #MAX_ECHO} characters (input is never echoed unbounded)
 * @param code the kind of problem, for programs
 * @param reason what is wrong, in words
 */
public record ImportProblem(String file, int line, @Nullable String column, @Nullable String value, Code code,
		String reason) {

	/** Most characters of a client's value or column name a problem repeats. */
	public static final int MAX_ECHO = 200;

	/** Most characters of a reason (reasons may quote a parser's message, which quotes input). */
	static final int MAX_REASON = 1000;

	public ImportProblem {
		value = cut(value);
		column = cut(column);
		reason = reason.length() <= MAX_REASON ? reason
				: reason.substring(0, MAX_REASON) + "… (" + reason.length() + " characters)";
	}

	static @Nullable String cut(@Nullable String text) {
		return text == null || text.length() <= MAX_ECHO ? text
				: text.substring(0, MAX_ECHO) + "… (" + text.length() + " characters)";
	}

	/** Kinds of problems. */
	public enum Code {

		/** A file the format does not know. */
		UNKNOWN_FILE,
		/** A file that is not valid CSV or JSON. */
		INVALID_FILE,
		/** A column the file does not take. */
		UNKNOWN_COLUMN,
		/** A required column or cell is missing. */
		REQUIRED,
		/** A cell that does not fit its column type. */
		INVALID_VALUE,
		/** A key defined twice with different values. */
		DUPLICATE_KEY,
		/** A reference to a node that exists neither in the dataset nor in the graph. */
		UNKNOWN_REFERENCE,
		/** The thing to change does not exist. */
		NOT_FOUND,
		/** The node is still needed by other records. */
		IN_USE,
		/** The node changed since the caller read it ({@code expectedVersion} is stale). */
		CONFLICT

	}

	@Override
	public String toString() {
		return file + (line > 0 ? ":" + line : "") + (column != null ? " [" + column + "]" : "")
				+ (value != null ? " '" + value + "'" : "") + ": " + reason;
	}

}
