package cn.yongxing.silvergraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.yongxing.silvergraph.graph.CypherFiles;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the graph back out in the dataset format: every file of the format, in one read
 * transaction, rows sorted, numbers in their shortest exact form, so that export → import into an
 * empty graph → export gives the same bytes. A node cited by several sources gives one row per source.
 */
@Service
public class DatasetExporter {

	private final Neo4jClient client;

	private final TransactionTemplate readTx;

	private final Map<String, String> queries = new LinkedHashMap<>();

	DatasetExporter(Neo4jClient client, PlatformTransactionManager transactionManager) {
		this.client = client;
		this.readTx = new TransactionTemplate(transactionManager);
		this.readTx.setReadOnly(true);
		for (FileSpec spec : DatasetFormat.FILES) {
			queries.put(spec.file(), CypherFiles.load("export", spec.name()));
		}
	}

	/** The whole graph as a dataset. */
	public Dataset export() {
		return readTx.execute(status -> {
			Map<String, String> files = new LinkedHashMap<>();
			for (FileSpec spec : DatasetFormat.FILES) {
				files.put(spec.file(), csv(spec, rows(spec, null, null)));
			}
			return new Dataset(files);
		});
	}

	/**
	 * The stored records of one file as the format's cells: all of them, or those of one node (its key
	 * as {@code from}) or of the relationships between two nodes ({@code to} null for any). A node gives
	 * one record per source citing it. Runs in the caller's transaction, if any.
	 */
	List<Map<String, String>> records(FileSpec spec, String from, @Nullable String to) {
		return rows(spec, from, to).stream().map(row -> {
			Map<String, String> cells = new LinkedHashMap<>();
			spec.columns().forEach(c -> cells.put(c.name(), format(row.get(c.name()))));
			return cells;
		}).toList();
	}

	private List<Map<String, Object>> rows(FileSpec spec, @Nullable String from, @Nullable String to) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("key", from);
		params.put("from", from);
		params.put("to", to);
		return client.query(queries.get(spec.file()))
			.bindAll(params)
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.get("row").asMap())
			.all()
			.stream()
			.<Map<String, Object>>map(m -> m)
			.toList();
	}

	static String csv(FileSpec spec, List<Map<String, Object>> rows) {
		List<String> header = spec.columns().stream().map(Column::name).toList();
		List<List<String>> lines = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			lines.add(header.stream().map(column -> format(row.get(column))).toList());
		}
		lines.sort(Comparator.comparing(line -> String.join("\u0000", line)));
		var out = new StringBuilder();
		try (var printer = new CSVPrinter(out, Dataset.CSV_OUT)) {
			printer.printRecord(header);
			for (List<String> line : lines) {
				printer.printRecord(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** A stored value as the cell the importer reads back to the same value. */
	static String format(@Nullable Object value) {
		return switch (value) {
			case null -> "";
			case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
			case Float f -> format(f.doubleValue());
			case List<?> list -> list.stream().map(DatasetExporter::format).sorted().collect(Collectors.joining(";"));
			default -> value.toString();
		};
	}

}
