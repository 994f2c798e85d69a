package cn.yongxing.silvergraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.function.IntConsumer;

import cn.yongxing.silvergraph.graph.CypherFiles;
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
 * Loads a dataset into the graph: validates all of it first, then writes every file in one write
 * transaction, so a dataset is taken whole or not at all. Rows are {@code MERGE}d on natural keys,
 * so importing the same dataset twice creates nothing new. Every write that is not a dry run is
 * recorded in the audit trail inside the same transaction.
 */
@Service
public class DatasetImporter {

	private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);

	/** Rows per statement: bounds the size of one parameter list, not the transaction. */
	static final int BATCH = 10_000;

	private final Neo4jClient client;

	private final TransactionTemplate writeTx;

	private final GraphKeys graphKeys;

	private final Map<String, String> statements = statements();

	private final DerivedProperties derived;

	private final AuditTrail audit;

	private final IntConsumer afterBatch;

	/**
	 * @param timeout upper bound of one import transaction; longer than the database default meant
	 * for queries, because a large dataset is written in one transaction on purpose
	 */
	@Autowired
	DatasetImporter(Neo4jClient client, PlatformTransactionManager transactionManager, AuditTrail audit,
			DerivedProperties derived, @Value("${silvergraph.import.transaction-timeout:10m}") Duration timeout) {
		this(client, transactionManager, audit, derived, timeout, rowsWritten -> {
		});
	}

	/**
	 * @param afterBatch told the number of rows written so far after each batch, inside the
	 * transaction; tests use it to fail an import midway
	 */
	DatasetImporter(Neo4jClient client, PlatformTransactionManager transactionManager, AuditTrail audit,
			DerivedProperties derived, Duration timeout, IntConsumer afterBatch) {
		this.derived = derived;
		this.client = client;
		this.writeTx = new TransactionTemplate(transactionManager);
		this.writeTx.setTimeout((int) timeout.toSeconds());
		this.graphKeys = new GraphKeys(client, transactionManager);
		this.audit = audit;
		this.afterBatch = afterBatch;
	}

	/**
	 * The statement that writes each file, by file name: the file's own Cypher, followed for node files
	 * (all but sources) by the citation of the row's source. The bulk importer derives its statements
	 * from these, so both write the same graph.
	 */
	static Map<String, String> statements() {
		String cite = CypherFiles.load("ingest", "_cite");
		Map<String, String> statements = new LinkedHashMap<>();
		for (FileSpec spec : DatasetFormat.FILES) {
			String body = CypherFiles.load("ingest", spec.name());
			statements.put(spec.file(), spec.isNodeFile() && !spec.file().equals("sources.csv") ? body + "\n" + cite : body);
		}
		return statements;
	}

	/** Validates and (unless {@code dryRun}) writes a dataset on behalf of the system (seed, command line). */
	public ImportReport importDataset(Dataset dataset, boolean dryRun) {
		return importDataset(dataset, dryRun, Change.system("import", "dataset"));
	}

	/**
	 * Validates and (unless {@code dryRun}) writes a dataset. Never throws for bad data: problems come
	 * back in the report, and nothing is written when there is any.
	 */
	public ImportReport importDataset(Dataset dataset, boolean dryRun, Change change) {
		return importDataset(dataset, dryRun, change, Progress.NONE);
	}

	/** As {@link #importDataset(Dataset, boolean, Change)}, telling {@code progress} how far it got. */
	public ImportReport importDataset(Dataset dataset, boolean dryRun, Change change, Progress progress) {
		long start = System.nanoTime();
		var result = new DatasetValidator(graphKeys, progress).validate(dataset);
		long validated = System.nanoTime();
		if (!result.problems().isEmpty()) {
			log.warn("Dataset rejected with {} problem(s); nothing written", result.problems().size());
			return new ImportReport(false, dryRun, result.rowCounts(), 0, 0, 0, result.problems());
		}
		if (dryRun) {
			return new ImportReport(true, true, result.rowCounts(), 0, 0, 0, List.of());
		}
		int[] totals = writeTx.execute(status -> {
			derived.lock(client);
			int[] t = new int[3];
			int written = 0;
			for (var file : result.files()) {
				long fileStart = System.nanoTime();
				List<Map<String, Object>> rows = file.rows();
				String phase = "writing " + file.spec().file() + " (one transaction: committed at the end)";
				progress.update(phase, 0, rows.size());
				for (int from = 0; from < rows.size(); from += BATCH) {
					List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
					add(t, client.query(statements.get(file.spec().file())).bind(batch).to("rows").run().counters());
					written += batch.size();
					afterBatch.accept(written);
					progress.update(phase, from + batch.size(), rows.size());
				}
				if (file.spec().isNodeFile()) {
					NodeVersions.count(client, file.spec(), rows);
				}
				log.debug("{}: {} row(s) written in {} ms", file.spec().file(), rows.size(),
						(System.nanoTime() - fileStart) / 1_000_000);
			}
			progress.update("deriving properties and committing", 0, 0);
			derived.apply(client).forEach(c -> add(t, c));
			audit.record(change, describe(result.rowCounts()),
					result.rowCounts().values().stream().mapToInt(Integer::intValue).sum(), t[0], t[1], t[2], 0, 0);
			return t;
		});
		log.info("Dataset imported: {} node(s), {} relationship(s) created, {} propert(ies) set; validated in {} ms, "
				+ "written in {} ms", totals[0], totals[1], totals[2], (validated - start) / 1_000_000,
				(System.nanoTime() - validated) / 1_000_000);
		return new ImportReport(true, false, result.rowCounts(), totals[0], totals[1], totals[2], List.of());
	}

	private static String describe(Map<String, Integer> rowCounts) {
		var sb = new StringBuilder();
		rowCounts.forEach((file, n) -> {
			if (n > 0) {
				sb.append(sb.isEmpty() ? "" : ", ").append(file).append(": ").append(n).append(n == 1 ? " row" : " rows");
			}
		});
		return sb.toString();
	}

	private static void add(int[] totals, SummaryCounters counters) {
		totals[0] += counters.nodesCreated();
		totals[1] += counters.relationshipsCreated();
		totals[2] += counters.propertiesSet();
	}

}
