package cn.yongxing.silvergraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a large dataset (a generated synthetic cluster, a national register) in many transactions of
 * a bounded number of rows, for when {@link DatasetImporter}'s single transaction would not fit in
 * memory or time. It validates exactly as that importer does, and nothing is written unless the
 * whole dataset is valid; but once writing starts a failure leaves the transactions committed so far
 * in the graph (the audit entry and {@link BulkImportException} say how far it got). Running the
 * same import again finishes it: rows whose keys are in the graph are merged, as the normal importer
 * does, and every relationship is merged, so nothing is duplicated.
 *
 * <p>Why it exists and where its speed comes from: a transaction of a bounded number of rows (one
 * transaction for a whole dataset runs out of transaction memory: scale 10 of the synthetic cluster
 * with a 2 GB heap exceeds {@code dbms.memory.transaction.total.max}); the dataset validated from
 * disk instead of held in memory; {@code CREATE} for nodes whose keys the graph was found not to
 * have; every label spelled out (index lookups on every Neo4j version); and two threads, one reading
 * and converting the next transaction's rows while the database writes the current one. Memory holds
 * one entry per node key (for duplicate and reference checks) plus a few transactions' rows.
 */
@Service
public class BulkImporter {

	private static final Logger log = LoggerFactory.getLogger(BulkImporter.class);

	/** Problems reported at most; a broken large file would otherwise list millions. */
	public static final int MAX_PROBLEMS = 1_000;

	private final Neo4jClient client;

	private final TransactionTemplate writeTx;

	private final GraphKeys graphKeys;

	private final AuditTrail audit;

	private final BulkStatements statements = new BulkStatements(DatasetImporter.statements());

	private final DerivedProperties derived;

	private final int rowsPerTransaction;

	private final IntConsumer afterTransaction;

	@Autowired
	BulkImporter(Neo4jClient client, PlatformTransactionManager transactionManager, AuditTrail audit,
			DerivedProperties derived, @Value("${silvergraph.import.bulk-transaction-rows:20000}") int rowsPerTransaction) {
		this(client, transactionManager, audit, derived, rowsPerTransaction, committed -> {
		});
	}

	/**
	 * @param afterTransaction told the number of transactions committed before the current one, inside
	 * it; tests use it to fail an import midway
	 */
	BulkImporter(Neo4jClient client, PlatformTransactionManager transactionManager, AuditTrail audit,
			DerivedProperties derived, int rowsPerTransaction, IntConsumer afterTransaction) {
		this.derived = derived;
		if (rowsPerTransaction < 1) {
			throw new IllegalArgumentException("silvergraph.import.bulk-transaction-rows must be positive");
		}
		this.client = client;
		this.writeTx = new TransactionTemplate(transactionManager);
		this.graphKeys = new GraphKeys(client, transactionManager);
		this.audit = audit;
		this.rowsPerTransaction = rowsPerTransaction;
		this.afterTransaction = afterTransaction;
	}

	/**
	 * Validates and (unless {@code dryRun}) writes the dataset in a directory. Bad data comes back as
	 * problems in the report with nothing written; a failure while writing throws
	 * {@link BulkImportException}.
	 */
	public BulkReport importDirectory(Path directory, boolean dryRun, Change change) {
		return importDirectory(directory, dryRun, change, Progress.NONE);
	}

	/** As {@link #importDirectory(Path, boolean, Change)}, telling {@code progress} how far it got. */
	public BulkReport importDirectory(Path directory, boolean dryRun, Change change, Progress progress) {
		return importFiles(DatasetFiles.inDirectory(directory), dryRun, change, progress);
	}

	BulkReport importFiles(DatasetFiles files, boolean dryRun, Change change) {
		return importFiles(files, dryRun, change, Progress.NONE);
	}

	BulkReport importFiles(DatasetFiles files, boolean dryRun, Change change, Progress progress) {
		long start = System.nanoTime();
		var scan = new DatasetValidator(graphKeys, progress).check(files);
		long validated = System.nanoTime();
		List<ImportProblem> problems = scan.problems();
		if (!problems.isEmpty()) {
			log.warn("Dataset rejected with {} problem(s); nothing written", problems.size());
			var times = new BulkReport.Times(millis(validated - start), 0, 0, 0, 0, 0, 0);
			return new BulkReport(false, dryRun, scan.rowCounts(), 0, 0, 0, 0, times,
					List.copyOf(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()))));
		}
		if (dryRun) {
			var times = new BulkReport.Times(millis(validated - start), 0, 0, 0, 0, 0, 0);
			return new BulkReport(true, true, scan.rowCounts(), 0, 0, 0, 0, times, List.of());
		}
		// keys the graph already has are merged like the normal importer does; the others are created
		Map<String, Set<String>> newKeys = scan.keys();
		progress.update("checking which keys the graph already has", 0, 0);
		newKeys.forEach((label, keys) -> keys.removeAll(graphKeys.apply(label, keys)));
		long checked = System.nanoTime();
		Writing writing = new Writing(files, newKeys, change, scan.rowCounts(), progress);
		writing.run();
		long written = System.nanoTime();
		var times = new BulkReport.Times(millis(validated - start), millis(checked - validated),
				millis(written - checked), millis(writing.readNanos), millis(writing.statementNanos),
				millis(writing.commitNanos), millis(writing.waitNanos));
		log.info("Bulk import: {} node(s), {} relationship(s) created, {} propert(ies) set in {} transaction(s); "
				+ "validated in {} ms, keys checked in {} ms, written in {} ms (reading {} ms, statements {} ms, "
				+ "commits {} ms, writer waiting for rows {} ms)", writing.totals[0], writing.totals[1],
				writing.totals[2], writing.transactions, times.validate(), times.keyCheck(), times.write(),
				times.read(), times.statements(), times.commit(), times.waitForRows());
		return new BulkReport(true, false, scan.rowCounts(), writing.totals[0], writing.totals[1], writing.totals[2],
				writing.transactions, times, List.of());
	}

	private static long millis(long nanos) {
		return nanos / 1_000_000;
	}

	/** One transaction's work: groups of rows of one file, each with its statement, in order. */
	private record Chunk(FileSpec spec, int rows, int lastLine, List<Batch> batches) {
	}

	private record Batch(String statement, List<Map<String, Object>> rows) {
	}

	/** What the reader hands the writer: a chunk, the end, or the reader's failure. */
	private sealed interface Work permits ChunkWork, End, Failed {
	}

	private record ChunkWork(Chunk chunk) implements Work {
	}

	private record End() implements Work {
	}

	private record Failed(Exception cause) implements Work {
	}

	/** The second pass of one import: a reader thread converting rows, this thread writing them. */
	private final class Writing {

		private final DatasetFiles files;

		private final Map<String, Set<String>> newKeys;

		private final Change change;

		private final Map<String, Integer> rowCounts;

		private final Progress progress;

		/** Two chunks ready while one is written: the reader stays ahead without holding much. */
		private final BlockingQueue<Work> queue = new ArrayBlockingQueue<>(2);

		private final long[] totals = new long[3];

		private int transactions;

		private long readNanos;

		private long statementNanos;

		private long commitNanos;

		private long waitNanos;

		/** Element id of the audit entry, once the first transaction has created it. */
		private @Nullable String pendingEntry;

		Writing(DatasetFiles files, Map<String, Set<String>> newKeys, Change change, Map<String, Integer> rowCounts,
				Progress progress) {
			this.progress = progress;
			this.files = files;
			this.newKeys = newKeys;
			this.change = change;
			this.rowCounts = rowCounts;
		}

		void run() {
			Thread reader = Thread.ofPlatform().name("bulk-import-reader").daemon().start(this::read);
			List<String> complete = new ArrayList<>();
			String file = null;
			int committedLine = 0;
			long rowsSoFar = 0;
			long fileRows = 0;
			try {
				while (true) {
					long waitStart = System.nanoTime();
					Work work = queue.take();
					waitNanos += System.nanoTime() - waitStart;
					if (work instanceof Failed failed) {
						throw failed.cause();
					}
					if (work instanceof End) {
						break;
					}
					Chunk chunk = ((ChunkWork) work).chunk();
					if (!chunk.spec().file().equals(file)) {
						if (file != null) {
							complete.add(file);
						}
						file = chunk.spec().file();
						committedLine = 0;
					}
					if (committedLine == 0) {
						progress.update("writing " + file, 0, rowCounts.getOrDefault(file, 0));
						fileRows = 0;
					}
					rowsSoFar += chunk.rows();
					write(chunk, "in progress: " + rowsSoFar + " of " + total() + " rows committed, through "
							+ file + " line " + chunk.lastLine());
					committedLine = chunk.lastLine();
					fileRows += chunk.rows();
					progress.update("writing " + file, fileRows, rowCounts.getOrDefault(file, 0));
				}
				if (file != null) {
					complete.add(file);
				}
				file = null;
				progress.update("deriving properties over the whole graph", 0, 0);
				finish();
			}
			catch (Exception ex) {
				reader.interrupt();
				// what the committed transactions wrote gets its kept sort values (a row rewritten by them
				// lost its own), so a stopped load leaves no node sorted by a value it no longer holds
				try {
					writeTx.execute(status -> derived.apply(client));
				}
				catch (RuntimeException underived) {
					ex.addSuppressed(underived);
				}
				if (pendingEntry != null) {
					try {
						audit.failed(pendingEntry, String.valueOf(ex.getMessage()));
					}
					catch (RuntimeException unrecorded) {
						ex.addSuppressed(unrecorded);
					}
				}
				throw new BulkImportException(complete, file, committedLine, transactions, ex);
			}
		}

		private long total() {
			return rowCounts.values().stream().mapToLong(Integer::longValue).sum();
		}

		private void write(Chunk chunk, String details) {
			long start = System.nanoTime();
			long[] inStatements = new long[1];
			long[] counts = writeTx.execute(status -> {
				derived.lock(client);
				long t0 = System.nanoTime();
				long[] c = new long[3];
				for (Batch batch : chunk.batches()) {
					add(c, client.query(batch.statement()).bind(batch.rows()).to("rows").run().counters());
				}
				if (chunk.spec().isNodeFile()) {
					NodeVersions.count(client, chunk.spec(),
							chunk.batches().stream().flatMap(b -> b.rows().stream()).toList());
				}
				record(details, chunk.rows(), c, AuditTrail.State.IN_PROGRESS);
				afterTransaction.accept(transactions);
				inStatements[0] = System.nanoTime() - t0;
				return c;
			});
			committed(counts);
			statementNanos += inStatements[0];
			commitNanos += System.nanoTime() - start - inStatements[0];
			log.debug("{} through line {}: {} row(s) in {} ms", chunk.spec().file(), chunk.lastLine(), chunk.rows(),
					(System.nanoTime() - start) / 1_000_000);
		}

		/** The audit entry: created by the first transaction, brought up to date by every later one. */
		private void record(String details, long rows, long[] counts, AuditTrail.State state) {
			if (transactions == 0) {
				pendingEntry = audit.open(change, "bulk import " + details, rows, counts[0], counts[1], counts[2], 0, 0,
						state);
			}
			else {
				audit.progress(Objects.requireNonNull(pendingEntry), "bulk import " + details, rows, counts[0],
						counts[1], counts[2], state);
			}
		}

		private void committed(long[] counts) {
			transactions++;
			for (int i = 0; i < 3; i++) {
				totals[i] += counts[i];
			}
		}

		/** The whole-graph derived properties and the audit entry's completion, in one last transaction. */
		private void finish() {
			long start = System.nanoTime();
			long[] counts = writeTx.execute(status -> {
				derived.lock(client);
				long[] c = new long[3];
				derived.apply(client).forEach(counters -> add(c, counters));
				record("complete: " + describe(rowCounts), 0, c, AuditTrail.State.COMPLETE);
				return c;
			});
			committed(counts);
			statementNanos += System.nanoTime() - start;
		}

		/** The reader: every file again, in load order, cut into chunks of whole groups. */
		private void read() {
			try {
				for (FileSpec spec : DatasetFormat.FILES) {
					if (!files.names().contains(spec.file())) {
						continue;
					}
					Set<String> fresh = spec.isNodeFile() ? newKeys.getOrDefault(spec.label(), new HashSet<>())
							: Set.of();
					long busy = System.nanoTime();
					try (Dataset.Rows rows = Dataset.rows(files.open(spec.file()))) {
						ChunkBuilder chunk = new ChunkBuilder(spec);
						while (rows.hasNext()) {
							Dataset.Row row = rows.next();
							Map<String, Object> converted = DatasetValidator.convertValid(spec, row);
							// a key is created by its first row; later rows of it (other sources) merge
							boolean create = spec.isNodeFile() && fresh.remove((String) converted.get("key"));
							chunk.add(create, converted, row.line());
							if (chunk.rows == rowsPerTransaction) {
								readNanos += System.nanoTime() - busy;
								queue.put(new ChunkWork(chunk.build()));
								busy = System.nanoTime();
								chunk = new ChunkBuilder(spec);
							}
						}
						readNanos += System.nanoTime() - busy;
						if (chunk.rows > 0) {
							queue.put(new ChunkWork(chunk.build()));
						}
					}
				}
				queue.put(new End());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (Exception ex) {
				try {
					queue.put(new Failed(ex));
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
			}
		}

	}

	/**
	 * Rows of one file for one transaction, grouped by statement: created nodes first, so that a later
	 * row of the same key in this transaction merges into a node that exists.
	 */
	private final class ChunkBuilder {

		private final FileSpec spec;

		private final Map<String, List<Map<String, Object>>> creating = new LinkedHashMap<>();

		private final Map<String, List<Map<String, Object>>> merging = new LinkedHashMap<>();

		private int rows;

		private int lastLine;

		ChunkBuilder(FileSpec spec) {
			this.spec = spec;
		}

		void add(boolean create, Map<String, Object> row, int line) {
			String statement = statements.statement(spec, create, labelsOf(row));
			(create ? creating : merging).computeIfAbsent(statement, s -> new ArrayList<>()).add(row);
			rows++;
			lastLine = line;
		}

		private Map<String, String> labelsOf(Map<String, Object> row) {
			Map<String, String> labels = new HashMap<>();
			for (Column column : spec.columns()) {
				if (column.type() instanceof ColumnType.TypedRef && row.get(column.name()) instanceof Map<?, ?> ref) {
					labels.put(column.name(), (String) ref.get("label"));
				}
			}
			return labels;
		}

		Chunk build() {
			List<Batch> batches = new ArrayList<>();
			creating.forEach((statement, rows) -> batches.add(new Batch(statement, rows)));
			merging.forEach((statement, rows) -> batches.add(new Batch(statement, rows)));
			return new Chunk(spec, rows, lastLine, batches);
		}

	}

	private static void add(long[] totals, SummaryCounters counters) {
		totals[0] += counters.nodesCreated();
		totals[1] += counters.relationshipsCreated();
		totals[2] += counters.propertiesSet();
	}

	private static String describe(Map<String, Integer> rowCounts) {
		long rows = rowCounts.values().stream().mapToLong(Integer::longValue).sum();
		return rowCounts.size() + " file(s), " + rows + " row(s)";
	}

}
