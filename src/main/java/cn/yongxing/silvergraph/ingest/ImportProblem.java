package cn.yongxing.silvergraph.ingest;

import org.jspecify.annotations.Nullable;

/**
 * One reason a dataset was rejected, located precisely enough to fix it.
 *
 * @param file dataset file name
 * @param line 1-based line in the file (the header is line 1), 0 for problems of the whole file
 * @param column column name, if the problem is in one cell
 * @param value the offending cell value
 * @param reason what is wrong, in words
 */
public record ImportProblem(String file, int line, @Nullable String column, @Nullable String value, String reason) {

	@Override
	public String toString() {
		return file + (line > 0 ? ":" + line : "") + (column != null ? " [" + column + "]" : "")
				+ (value != null ? " '" + value + "'" : "") + ": " + reason;
	}

}
