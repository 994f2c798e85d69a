package cn.yongxing.silvergraph.ingest;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a bulk import: rejected with every problem (nothing written), validated only (a dry
 * run), or written in full, with where the time went.
 *
 * @param accepted whether the dataset passed validation
 * @param dryRun whether writing was skipped on purpose
 * @param rows rows read per file
 * @param nodesCreated nodes created in the database
 * @param relationshipsCreated relationships created
 * @param propertiesSet properties written
 * @param transactions write transactions committed
 * @param times where the time went
 * @param problems every problem found (at most {@link BulkImporter#MAX_PROBLEMS}); empty when accepted
 */
public record BulkReport(boolean accepted, boolean dryRun, Map<String, Integer> rows, long nodesCreated,
		long relationshipsCreated, long propertiesSet, int transactions, Times times, List<ImportProblem> problems) {

	/**
	 * Milliseconds spent in each phase. Reading and writing overlap (the reader converts the next
	 * transaction's rows while the database writes one), so {@code write} is less than their sum.
	 *
	 * @param validate first pass: every file read, every row checked, keys collected
	 * @param keyCheck asking the graph which of the dataset's keys it already has
	 * @param write second pass, from the first row read to the last commit (and the derived properties)
	 * @param read within {@code write}: reading and converting rows (the reader thread)
	 * @param statements within {@code write}: running the statements (database work before commit)
	 * @param commit within {@code write}: committing (logs, stores, index updates)
	 * @param waitForRows within {@code write}: the writer waiting for the reader
	 */
	public record Times(long validate, long keyCheck, long write, long read, long statements, long commit,
			long waitForRows) {

		/** From the first row read to the last commit. */
		public long total() {
			return validate + keyCheck + write;
		}
	}

	/** Every row read, over all files. */
	public long totalRows() {
		return rows.values().stream().mapToLong(Integer::longValue).sum();
	}

}
