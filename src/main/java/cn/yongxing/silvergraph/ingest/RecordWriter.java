package cn.yongxing.silvergraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.yongxing.silvergraph.graph.CypherFiles;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single-record writes. An upsert is a one-row dataset through {@link DatasetImporter}, so it gets
 * exactly the validation, provenance and idempotence of an import. Unlinking and deleting check
 * their input with the same column types and are audited like every write.
 */
@Service
public class RecordWriter {

	/** Outcome of an unlink or delete: how much was removed, or why nothing was. */
	public record Removal(int nodesRemoved, int relationshipsRemoved, List<ImportProblem> problems) {

		static Removal rejected(ImportProblem problem) {
			return new Removal(0, 0, List.of(problem));
		}
	}

	private final DatasetImporter importer;

	private final AuditTrail audit;

	private final Neo4jClient client;

	private final TransactionTemplate writeTx;

	private final Map<String, String> unlinks = new LinkedHashMap<>();

	RecordWriter(DatasetImporter importer, AuditTrail audit, Neo4jClient client,
			PlatformTransactionManager transactionManager) {
		this.importer = importer;
		this.audit = audit;
		this.client = client;
		this.writeTx = new TransactionTemplate(transactionManager);
		for (FileSpec spec : DatasetFormat.FILES) {
			if (!spec.isNodeFile()) {
				unlinks.put(spec.file(), CypherFiles.load("unlink", spec.name()));
			}
		}
	}

	/** The dataset file name a record kind is written to ({@code ENTERPRISES} → {@code enterprises.csv}). */
	public static String fileOf(String kind) {
		return kind.toLowerCase() + ".csv";
	}

	/** The label of the nodes a record kind defines, if it is a node kind. */
	public static Optional<String> labelOf(String kind) {
		return Optional.ofNullable(DatasetFormat.BY_FILE.get(fileOf(kind))).map(FileSpec::label);
	}

	/** The column holding the natural key of a node kind ({@code key}, {@code symbol}, {@code number}). */
	public static Optional<String> keyColumnOf(String kind) {
		return Optional.ofNullable(DatasetFormat.BY_FILE.get(fileOf(kind))).map(FileSpec::keyColumn);
	}

	/** Creates or replaces one record given as column → cell. */
	public ImportReport upsert(String kind, Map<String, String> cells, boolean dryRun, Change change) {
		String file = fileOf(kind);
		return importer.importDataset(new Dataset(Map.of(file, Dataset.csvOf(cells))), dryRun, change);
	}

	/** Removes the relationships one relationship record describes (identity columns left out match any). */
	public Removal unlink(String kind, Map<String, String> cells, Change change) {
		String file = fileOf(kind);
		FileSpec spec = DatasetFormat.BY_FILE.get(file);
		if (spec == null || spec.isNodeFile()) {
			return Removal.rejected(new ImportProblem(file, 0, null, kind, ImportProblem.Code.UNKNOWN_FILE,
					"only relationship kinds can be unlinked; delete nodes with deleteNode"));
		}
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Object> row = DatasetValidator.convertIdentity(spec, cells, problems);
		if (!problems.isEmpty()) {
			return new Removal(0, 0, problems);
		}
		return writeTx.execute(status -> {
			var summary = client.query(unlinks.get(file)).bind(row).to("row").run();
			int removed = summary.counters().relationshipsDeleted() + summary.counters().nodesDeleted();
			if (removed == 0) {
				return Removal.rejected(new ImportProblem(file, 0, null, null, ImportProblem.Code.NOT_FOUND,
						"no such " + spec.name() + " record in the graph"));
			}
			audit.record(change, cells.toString(), 1, 0, 0, 0, summary.counters().nodesDeleted(),
					summary.counters().relationshipsDeleted());
			return new Removal(summary.counters().nodesDeleted(), summary.counters().relationshipsDeleted(), List.of());
		});
	}

	/**
	 * Deletes a node of the dataset format with its relationships and the financial figures it owns.
	 * Refused while other records need it (indicators about it, stages of a chain, chains of a metal,
	 * facts citing a source), so no record is left pointing at nothing.
	 */
	public Removal deleteNode(String label, String key, Change change) {
		String file = DatasetFormat.FILES.stream().filter(s -> label.equals(s.label())).map(FileSpec::file)
			.findFirst().orElse(null);
		if (file == null) {
			return Removal.rejected(new ImportProblem(label, 0, "id", label + ":" + key, ImportProblem.Code.UNKNOWN_FILE,
					"nodes of type " + label + " cannot be deleted here"));
		}
		return writeTx.execute(status -> {
			Map<String, Object> params = Map.of("label", label, "key", key);
			Optional<Long> dependents = client.query("""
					MATCH (n:$($label) {key: $key})
					RETURN COUNT { (n)<-[:ABOUT]-(:Indicator) } + COUNT { (n)-[:HAS_STAGE]->(:ChainStage) }
					     + COUNT { (n)<-[:OF_METAL]-(:IndustryChain) } + COUNT { ()-[:CITED_BY]->(n) }
					     + CASE WHEN n:Source THEN COUNT { ()-[r]->() WHERE r.source = n.key } ELSE 0 END AS dependents""")
				.bindAll(params).fetchAs(Long.class).one();
			if (dependents.isEmpty()) {
				return Removal.rejected(new ImportProblem(file, 0, "id", label + ":" + key, ImportProblem.Code.NOT_FOUND,
						"no " + label + " with key '" + key + "'"));
			}
			if (dependents.get() > 0) {
				return Removal.rejected(new ImportProblem(file, 0, "id", label + ":" + key, ImportProblem.Code.IN_USE,
						dependents.get() + " other record(s) depend on this node; remove them first"));
			}
			var counters = client.query("""
					MATCH (n:$($label) {key: $key})
					OPTIONAL MATCH (n)-[:REPORTED]->(f:Financials)
					DETACH DELETE f, n""").bindAll(params).run().counters();
			audit.record(change, null, 0, 0, 0, 0, counters.nodesDeleted(), counters.relationshipsDeleted());
			return new Removal(counters.nodesDeleted(), counters.relationshipsDeleted(), List.of());
		});
	}

}
