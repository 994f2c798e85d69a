package cn.yongxing.silvergraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a dataset into the graph: validates all of it first, then writes every file in one write
 * transaction, so a dataset is taken whole or not at all. Rows are {@code MERGE}d on natural keys,
 * so importing the same dataset twice creates nothing new.
 */
@Service
public class DatasetImporter {

	private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);

	private final Neo4jClient client;

	private final TransactionTemplate writeTx;

	private final TransactionTemplate readTx;

	private final Map<String, String> statements = new LinkedHashMap<>();

	private final String cite;

	private final String derive;

	DatasetImporter(Neo4jClient client, PlatformTransactionManager transactionManager) {
		this.client = client;
		this.writeTx = new TransactionTemplate(transactionManager);
		// a whole dataset is one transaction: it must not hit the short default timeout meant for reads
		this.writeTx.setTimeout((int) java.time.Duration.ofMinutes(10).toSeconds());
		this.readTx = new TransactionTemplate(transactionManager);
		this.readTx.setReadOnly(true);
		this.cite = load("cypher/ingest/_cite.cypher");
		this.derive = load("cypher/ingest/_derive.cypher");
		for (FileSpec spec : DatasetFormat.FILES) {
			String body = load(spec.cypherResource());
			statements.put(spec.file(), spec.isNodeFile() && !spec.file().equals("sources.csv") ? body + "\n" + cite : body);
		}
	}

	/**
	 * Validates and (unless {@code dryRun}) writes a dataset. Never throws for bad data: problems come
	 * back in the report, and nothing is written when there is any.
	 */
	public ImportReport importDataset(Dataset dataset, boolean dryRun) {
		var result = new DatasetValidator(this::existingKeys).validate(dataset);
		if (!result.problems().isEmpty()) {
			log.warn("Dataset rejected with {} problem(s); nothing written", result.problems().size());
			return new ImportReport(false, dryRun, result.rowCounts(), 0, 0, 0, result.problems());
		}
		if (dryRun) {
			return new ImportReport(true, true, result.rowCounts(), 0, 0, 0, List.of());
		}
		int[] totals = writeTx.execute(status -> {
			int[] t = new int[3];
			for (var file : result.files()) {
				if (file.rows().isEmpty()) {
					continue;
				}
				add(t, client.query(statements.get(file.spec().file())).bind(file.rows()).to("rows").run().counters());
			}
			add(t, client.query(derive).run().counters());
			return t;
		});
		log.info("Dataset imported: {} node(s), {} relationship(s) created, {} propert(ies) set", totals[0], totals[1],
				totals[2]);
		return new ImportReport(true, false, result.rowCounts(), totals[0], totals[1], totals[2], List.of());
	}

	private static void add(int[] totals, SummaryCounters counters) {
		totals[0] += counters.nodesCreated();
		totals[1] += counters.relationshipsCreated();
		totals[2] += counters.propertiesSet();
	}

	private Set<String> existingKeys(String label, Collection<String> keys) {
		return readTx.execute(status -> new HashSet<>(client.query("MATCH (n:$($label)) WHERE n.key IN $keys RETURN n.key AS key")
			.bind(label).to("label")
			.bind(List.copyOf(keys)).to("keys")
			.fetchAs(String.class)
			.all()));
	}

	private static String load(String resource) {
		try {
			return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing Cypher resource " + resource, ex);
		}
	}

}
