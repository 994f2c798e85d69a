package cn.yongxing.silvergraph.ingest;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A bulk import that stopped after some of its transactions were committed. Says how far it got;
 * running the same import again finishes it without duplicating what is already written.
 */
public final class BulkImportException extends RuntimeException {

	private final List<String> completeFiles;

	private final @Nullable String file;

	private final int committedThroughLine;

	private final int transactions;

	BulkImportException(List<String> completeFiles, @Nullable String file, int committedThroughLine,
			int transactions, Throwable cause) {
		super(describe(completeFiles, file, committedThroughLine, transactions) + " Cause: " + cause.getMessage(),
				cause);
		this.completeFiles = List.copyOf(completeFiles);
		this.file = file;
		this.committedThroughLine = committedThroughLine;
		this.transactions = transactions;
	}

	private static String describe(List<String> completeFiles, @Nullable String file, int line, int transactions) {
		if (transactions == 0) {
			return "Bulk import stopped before its first transaction committed; nothing was written.";
		}
		String written = file == null ? "every file written, the derived properties not"
				: (completeFiles.isEmpty() ? "" : String.join(", ", completeFiles) + " complete, ")
						+ (line > 0 ? file + " written through line " + line : "nothing of " + file + " written")
						+ ", the rest not";
		return "Bulk import stopped after " + transactions + " committed transaction(s): " + written
				+ ". Run the same import again to finish it: rows already written are merged, not duplicated.";
	}

	/** Files written completely, in load order. */
	public List<String> completeFiles() {
		return completeFiles;
	}

	/** The file being written when the import stopped; {@code null} when it stopped after the last file. */
	public @Nullable String file() {
		return file;
	}

	/** The last line of {@link #file()} committed (0: none of it). */
	public int committedThroughLine() {
		return committedThroughLine;
	}

	/** Transactions committed before the import stopped. */
	public int transactions() {
		return transactions;
	}

}
