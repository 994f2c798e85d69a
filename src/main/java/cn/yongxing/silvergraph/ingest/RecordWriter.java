package cn.yongxing.silvergraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.yongxing.silvergraph.graph.CypherFiles;
import org.jspecify.annotations.Nullable;
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

	private final DatasetExporter exporter;

	private final Map<String, String> unlinks = new LinkedHashMap<>();

	private final DerivedProperties derived;

	RecordWriter(DatasetImporter importer, DatasetExporter exporter, AuditTrail audit, Neo4jClient client,
			PlatformTransactionManager transactionManager, DerivedProperties derived) {
		this.derived = derived;
		this.importer = importer;
		this.exporter = exporter;
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

	/**
	 * Creates one record from its cells, with {@code newSource} (cells of {@code sources.csv}, may be
	 * empty) in the same transaction. A node whose key the graph already has is refused
	 * ({@code DUPLICATE_KEY}: update it instead); a relationship record is merged like an upsert.
	 */
	List<ImportProblem> create(FileSpec spec, Map<String, String> cells, Map<String, String> newSource,
			Change change) {
		return writeTx.execute(status -> {
			derived.lock(client);
			if (spec.isNodeFile()) {
				String key = cells.getOrDefault(spec.keyColumn(), "");
				if (!key.isEmpty() && version(spec.label(), key, false).isPresent()) {
					return List.of(duplicate(spec, key));
				}
				List<ImportProblem> problems = write(spec, cells, newSource, change, status);
				// a create that ran beside this one may have written the key between the check and the
				// write (the import merges on it): a node created here is at version 1, anything later
				// was someone else's, so this create is undone
				if (problems.isEmpty() && !key.isEmpty() && version(spec.label(), key, false).orElse(0L) > 1) {
					status.setRollbackOnly();
					return List.of(duplicate(spec, key));
				}
				return problems;
			}
			return write(spec, cells, newSource, change, status);
		});
	}

	private static ImportProblem duplicate(FileSpec spec, String key) {
		return new ImportProblem(spec.file(), 0, spec.keyColumn(), key, ImportProblem.Code.DUPLICATE_KEY,
				"a " + spec.label() + " with this key exists already; change it with update" + spec.label());
	}

	/**
	 * Changes some fields of a node: in one transaction, locks the node, checks its version, reads its
	 * record, applies {@code changes} (an empty cell clears a field), validates the merged record as an
	 * import would and writes it. Without {@code source} in {@code changes}, the record keeps citing the
	 * source it cites (the first, if several).
	 *
	 * @param expectedVersion the version the caller last read, or null to skip the check
	 */
	List<ImportProblem> update(FileSpec spec, String key, @Nullable Integer expectedVersion,
			Map<String, String> changes, Map<String, String> newSource, Change change) {
		return writeTx.execute(status -> {
			derived.lock(client);
			Optional<ImportProblem> refused = checkVersion(spec, key, expectedVersion);
			if (refused.isPresent()) {
				status.setRollbackOnly();
				return List.of(refused.get());
			}
			Map<String, String> current = exporter.records(spec, key, null).getFirst();
			Map<String, String> cells = new LinkedHashMap<>(current);
			cells.putAll(changes);
			List<ImportProblem> problems = write(spec, cells, newSource, change, status);
			if (problems.isEmpty() && unreference(spec, key, current, cells)) {
				// a removed reference may have held a kept sort value (a product's stage)
				derived.apply(client);
			}
			return problems;
		});
	}

	/**
	 * Removes the relationships of references a node update changed or cleared, which the file's
	 * statement (merging, never removing) would leave. A node file's reference is a relationship without
	 * a {@code source} between the node and the node referred to (relationship records carry their
	 * source; the exporter tells the two apart the same way).
	 */
	private boolean unreference(FileSpec spec, String key, Map<String, String> before, Map<String, String> after) {
		boolean removed = false;
		for (Column column : spec.columns()) {
			if (column.property() || before.getOrDefault(column.name(), "").equals(after.get(column.name()))) {
				continue;
			}
			List<String> kept = targets(column.type(), after.getOrDefault(column.name(), ""));
			for (String target : targets(column.type(), before.getOrDefault(column.name(), ""))) {
				if (!kept.contains(target)) {
					GlobalIdCell id = GlobalIdCell.of(target);
					client.query("""
							MATCH (n:$($label) {key: $key})-[r]-(x:$($targetLabel) {key: $targetKey})
							WHERE r.source IS NULL
							DELETE r""")
						.bindAll(Map.of("label", String.valueOf(spec.label()), "key", key, "targetLabel", id.label(),
								"targetKey", id.key()))
						.run();
					removed = true;
				}
			}
		}
		return removed;
	}

	/** The nodes a reference cell names, each as {@code Label:key}. */
	private static List<String> targets(ColumnType type, String cell) {
		if (cell.isEmpty()) {
			return List.of();
		}
		return switch (type) {
			case ColumnType.Ref(String label) -> List.of(label + ":" + cell);
			case ColumnType.ListOf(ColumnType.Ref(String label)) -> java.util.Arrays.stream(cell.split(";"))
				.map(String::strip).filter(k -> !k.isEmpty()).map(k -> label + ":" + k).toList();
			default -> List.of(cell);
		};
	}

	/** A {@code Label:key} cell split. */
	private record GlobalIdCell(String label, String key) {

		static GlobalIdCell of(String cell) {
			int colon = cell.indexOf(':');
			return new GlobalIdCell(cell.substring(0, colon), cell.substring(colon + 1));
		}
	}

	/**
	 * Changes some properties of one relationship record, found by its identity cells (its ends and the
	 * properties it is merged on), in one transaction: read, merge, validate, write.
	 */
	List<ImportProblem> updateLink(FileSpec spec, Map<String, String> identity, Map<String, String> changes,
			Map<String, String> newSource, Change change) {
		return writeTx.execute(status -> {
			derived.lock(client);
			List<String> ends = spec.columns().stream().filter(c -> !c.property())
				.map(c -> keyOf(c, identity.getOrDefault(c.name(), ""))).toList();
			Map<String, String> current = exporter.records(spec, ends.getFirst(), ends.size() > 1 ? ends.get(1) : null)
				.stream()
				.filter(r -> identity.entrySet().stream().allMatch(e -> r.getOrDefault(e.getKey(), "").equals(e.getValue())))
				.findFirst()
				.orElse(null);
			if (current == null) {
				return List.of(new ImportProblem(spec.file(), 0, null, identity.toString(), ImportProblem.Code.NOT_FOUND,
						"no such " + spec.name() + " record in the graph"));
			}
			Map<String, String> cells = new LinkedHashMap<>(current);
			cells.putAll(changes);
			return write(spec, cells, newSource, change, status);
		});
	}

	/** As {@link #deleteNode(String, String, Change)}, refused with {@code CONFLICT} if the node moved on. */
	public Removal deleteNode(String label, String key, @Nullable Integer expectedVersion, Change change) {
		FileSpec spec = DatasetFormat.FILES.stream().filter(s -> label.equals(s.label())).findFirst().orElse(null);
		if (spec == null || expectedVersion == null) {
			return deleteNode(label, key, change);
		}
		return writeTx.execute(status -> {
			derived.lock(client);
			Optional<ImportProblem> refused = checkVersion(spec, key, expectedVersion);
			Removal removal = refused.isPresent() ? Removal.rejected(refused.get()) : deleteNode(label, key, change);
			if (!removal.problems().isEmpty()) {
				status.setRollbackOnly();
			}
			return removal;
		});
	}

	/** Locks a node (until the transaction ends) and compares its version with the expected one. */
	private Optional<ImportProblem> checkVersion(FileSpec spec, String key, @Nullable Integer expected) {
		Optional<Long> version = version(spec.label(), key, true);
		if (version.isEmpty()) {
			return Optional.of(new ImportProblem(spec.file(), 0, "id", spec.label() + ":" + key,
					ImportProblem.Code.NOT_FOUND, "no " + spec.label() + " with key '" + key + "'"));
		}
		if (expected != null && version.get() != expected.longValue()) {
			return Optional.of(new ImportProblem(spec.file(), 0, "expectedVersion", String.valueOf(expected),
					ImportProblem.Code.CONFLICT, "the " + spec.label() + " is at version " + version.get() + ", not "
							+ expected + ": it was changed since it was read; read it again and repeat the change"));
		}
		return Optional.empty();
	}

	/**
	 * A node's version (a node written before versions existed is at 0); with {@code lock}, the node is
	 * write-locked first, so no other write can slip between the check and this transaction's write.
	 */
	private Optional<Long> version(@Nullable String label, String key, boolean lock) {
		String cypher = lock ? "MATCH (n:$($label) {key: $key}) SET n.version = coalesce(n.version, 0) RETURN n.version"
				: "MATCH (n:$($label) {key: $key}) RETURN coalesce(n.version, 0)";
		return client.query(cypher).bindAll(Map.of("label", String.valueOf(label), "key", key)).fetchAs(Long.class).one();
	}

	private List<ImportProblem> write(FileSpec spec, Map<String, String> cells, Map<String, String> newSource,
			Change change, org.springframework.transaction.TransactionStatus status) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put(spec.file(), Dataset.csvOf(cells));
		if (!newSource.isEmpty()) {
			files.put("sources.csv", Dataset.csvOf(newSource));
		}
		ImportReport report = importer.importDataset(new Dataset(files), false, change);
		if (!report.accepted()) {
			status.setRollbackOnly();
		}
		return report.problems();
	}

	/** The key of a reference cell ({@code Label:key} for references to several labels). */
	private static String keyOf(Column column, String cell) {
		return column.type() instanceof ColumnType.TypedRef ? cell.substring(cell.indexOf(':') + 1) : cell;
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
			derived.lock(client);
			var summary = client.query(unlinks.get(file)).bind(row).to("row").run();
			int removed = summary.counters().relationshipsDeleted() + summary.counters().nodesDeleted();
			if (removed == 0) {
				return Removal.rejected(new ImportProblem(file, 0, null, null, ImportProblem.Code.NOT_FOUND,
						"no such " + spec.name() + " record in the graph"));
			}
			// the relationship may have held a kept sort value (an output figure, a product's stage)
			derived.apply(client);
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
			derived.lock(client);
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
			derived.apply(client);
			audit.record(change, null, 0, 0, 0, 0, counters.nodesDeleted(), counters.relationshipsDeleted());
			return new Removal(counters.nodesDeleted(), counters.relationshipsDeleted(), List.of());
		});
	}

}
