package cn.yongxing.silvergraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import cn.yongxing.silvergraph.search.SearchText;
import org.jspecify.annotations.Nullable;

/**
 * Checks a whole dataset before anything is written: file names, headers, every cell against its
 * column type, duplicate keys, and that every reference points at a node defined in the dataset or
 * already in the database. Collects every problem instead of stopping at the first. Files are read
 * row by row; what is kept besides the problems is one entry per node key and the references not
 * yet resolved when they were read, so {@link #scan} also works for datasets larger than memory.
 */
final class DatasetValidator {

	/** A file ready to write: its format and its rows converted to Cypher parameters. */
	record ValidFile(FileSpec spec, List<Map<String, Object>> rows) {
	}

	/** Validation outcome: files in load order, rows read per file, and every problem. */
	record Result(List<ValidFile> files, Map<String, Integer> rowCounts, List<ImportProblem> problems) {
	}

	/**
	 * Outcome of a scan: rows read per file, every problem, and the keys the dataset defines per label
	 * (mutable; the caller may take keys out).
	 */
	record Scan(Map<String, Integer> rowCounts, List<ImportProblem> problems, Map<String, Set<String>> keys) {
	}

	/** Rows between two progress reports. */
	static final int PROGRESS_ROWS = 5_000;

	private record PendingRef(String file, int line, String column, String value, String label, String key) {
	}

	private final BiFunction<String, Collection<String>, Set<String>> existingKeys;

	private final Progress progress;

	/**
	 * @param existingKeys given a label and keys, returns those already in the database
	 */
	DatasetValidator(BiFunction<String, Collection<String>, Set<String>> existingKeys) {
		this(existingKeys, Progress.NONE);
	}

	/**
	 * @param progress told the rows checked so far in each file (phase {@code validating FILE})
	 */
	DatasetValidator(BiFunction<String, Collection<String>, Set<String>> existingKeys, Progress progress) {
		this.existingKeys = existingKeys;
		this.progress = progress;
	}

	/** Validates a dataset held in memory, keeping its converted rows for the writer. */
	Result validate(Dataset dataset) {
		List<ValidFile> files = new ArrayList<>();
		Scan scan = scan(DatasetFiles.of(dataset), spec -> {
			List<Map<String, Object>> rows = new ArrayList<>();
			files.add(new ValidFile(spec, rows));
			return rows::add;
		});
		return new Result(files, scan.rowCounts(), scan.problems());
	}

	/**
	 * Validates a dataset of any size, keeping none of its rows: a repeated node row is compared with
	 * the first by a {@link #fingerprint} of its properties, and the search text (derived from the
	 * other properties) is left to whoever converts the rows again to write them.
	 */
	Scan check(DatasetFiles dataset) {
		return scan(dataset, null);
	}

	/**
	 * Reads every file once, in load order, checking every row.
	 * @param rowsOf where the converted rows of a file whose header is valid go; {@code null} to keep
	 * nothing (see {@link #check})
	 */
	private Scan scan(DatasetFiles dataset, @Nullable Function<FileSpec, Consumer<Map<String, Object>>> rowsOf) {
		boolean keep = rowsOf != null;
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String file : dataset.names()) {
			if (!DatasetFormat.BY_FILE.containsKey(file)) {
				problems.add(new ImportProblem(file, 0, null, null, ImportProblem.Code.UNKNOWN_FILE,
						"unknown file; expected one of " + DatasetFormat.BY_FILE.keySet()));
			}
		}
		Map<String, Map<String, Object>> defined = new HashMap<>();
		List<PendingRef> pending = new ArrayList<>();
		for (FileSpec spec : DatasetFormat.FILES) {
			if (!dataset.names().contains(spec.file())) {
				continue;
			}
			try (Dataset.Rows rows = Dataset.rows(dataset.open(spec.file()))) {
				if (!checkHeader(spec, rows.header(), problems)) {
					int n = 0;
					for (; rows.hasNext(); rows.next()) {
						n++;
					}
					counts.put(spec.file(), n);
					continue;
				}
				Map<String, Object> propsByKey = defined.computeIfAbsent(spec.label() == null ? "" : spec.label(),
						k -> new HashMap<>());
				Consumer<Map<String, Object>> out = keep ? rowsOf.apply(spec) : converted -> {
				};
				int n = 0;
				String phase = "validating " + spec.file();
				progress.update(phase, 0, 0);
				while (rows.hasNext()) {
					Dataset.Row row = rows.next();
					if (++n % PROGRESS_ROWS == 0) {
						progress.update(phase, n, 0);
					}
					List<PendingRef> refs = new ArrayList<>(2);
					Map<String, Object> converted = convertRow(spec, row, problems, refs, keep);
					for (PendingRef ref : refs) {
						if (!defined.getOrDefault(ref.label(), Map.of()).containsKey(ref.key())) {
							pending.add(ref);
						}
					}
					if (converted == null) {
						continue;
					}
					if (spec.isNodeFile()) {
						// a node may be listed once per source citing it, but must say the same every time
						String key = (String) converted.get("key");
						@SuppressWarnings("unchecked")
						Map<String, Object> all = (Map<String, Object>) converted.get("props");
						Object props = keep ? all : fingerprint(all);
						Object previous = propsByKey.putIfAbsent(key, props);
						if (previous != null && !previous.equals(props)) {
							problems.add(new ImportProblem(spec.file(), row.line(), spec.keyColumn(), key,
									ImportProblem.Code.DUPLICATE_KEY,
									"duplicate key: another row of this file defines it with different values"));
						}
					}
					out.accept(converted);
				}
				counts.put(spec.file(), n);
			}
			catch (IllegalArgumentException | IOException | UncheckedIOException ex) {
				int line = ex instanceof Dataset.BadFile bad ? bad.line() : 0;
				problems.add(new ImportProblem(spec.file(), line, null, null, ImportProblem.Code.INVALID_FILE,
						"the file " + (ex instanceof IllegalArgumentException ? ex.getMessage()
								: "cannot be read: " + ex.getMessage())));
			}
		}
		checkReferences(pending, defined, problems);
		Map<String, Set<String>> keys = new HashMap<>();
		defined.forEach((label, byKey) -> {
			if (!label.isEmpty()) {
				keys.put(label, byKey.keySet());
			}
		});
		return new Scan(counts, problems, keys);
	}

	/**
	 * A row of a file that passed {@link #scan}, converted again for writing; throws
	 * {@link IllegalStateException} if it no longer converts (the file changed since).
	 */
	static Map<String, Object> convertValid(FileSpec spec, Dataset.Row row) {
		return convertValid(spec, row, true);
	}

	/** As {@link #convertValid(FileSpec, Dataset.Row)}; without the search text unless {@code search}. */
	static Map<String, Object> convertValid(FileSpec spec, Dataset.Row row, boolean search) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Object> converted = convertRow(spec, row, problems, null, search);
		if (converted == null) {
			throw new IllegalStateException("the dataset changed after it was validated: " + problems.getFirst());
		}
		return converted;
	}

	/**
	 * A 64-bit fingerprint of a node's properties, kept instead of the properties when a dataset may not
	 * fit in memory; two different property sets share one with a probability of about 2^-64.
	 */
	private static long fingerprint(Map<String, Object> props) {
		long hash = 0xcbf29ce484222325L;
		String text = props.toString();
		for (int i = 0; i < text.length(); i++) {
			hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
		}
		return hash;
	}

	private static boolean checkHeader(FileSpec spec, List<String> header, List<ImportProblem> problems) {
		boolean ok = true;
		Map<String, Column> columns = spec.columnsByName();
		for (String h : header) {
			if (!columns.containsKey(h)) {
				problems.add(new ImportProblem(spec.file(), 1, h, null, ImportProblem.Code.UNKNOWN_COLUMN,
						"unknown column; this file takes " + columns.keySet()));
				ok = false;
			}
		}
		for (Column c : spec.columns()) {
			if (c.required() && !header.contains(c.name())) {
				problems.add(new ImportProblem(spec.file(), 1, c.name(), null, ImportProblem.Code.REQUIRED, "required column is missing"));
				ok = false;
			}
		}
		return ok;
	}

	/**
	 * The cells identifying a relationship record, converted like an import row: only the endpoint
	 * columns are required, other columns narrow the match.
	 */
	static Map<String, Object> convertIdentity(FileSpec spec, Map<String, String> cells, List<ImportProblem> problems) {
		Map<String, Column> columns = spec.columnsByName();
		cells.keySet().stream().filter(c -> !columns.containsKey(c)).forEach(c -> problems.add(new ImportProblem(
				spec.file(), 0, c, cells.get(c), ImportProblem.Code.UNKNOWN_COLUMN,
				"unknown column; this file takes " + columns.keySet())));
		Map<String, Object> out = new LinkedHashMap<>();
		Map<String, Object> props = new LinkedHashMap<>();
		for (Column column : spec.columns()) {
			String cell = cells.getOrDefault(column.name(), "").strip();
			if (cell.isEmpty()) {
				if (!column.property()) {
					if (column.required()) {
						problems.add(new ImportProblem(spec.file(), 0, column.name(), cell, ImportProblem.Code.REQUIRED,
								"a value is required to find the record"));
					}
					out.put(column.name(), null);
				}
				continue;
			}
			try {
				CellText.check(cell);
				(column.property() ? props : out).put(column.name(), column.type().convert(cell));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new ImportProblem(spec.file(), 0, column.name(), cell, ImportProblem.Code.INVALID_VALUE,
						ex.getMessage()));
			}
		}
		out.put("props", props);
		return out;
	}

	/**
	 * @param search whether to add the search text of searchable nodes (derived from the other
	 * properties: needed to write, not to check)
	 */
	private static @Nullable Map<String, Object> convertRow(FileSpec spec, Dataset.Row row,
			List<ImportProblem> problems, @Nullable List<PendingRef> refs, boolean search) {
		Map<String, Object> out = new LinkedHashMap<>();
		Map<String, Object> props = new LinkedHashMap<>();
		boolean ok = true;
		if (row.extraCells() > 0) {
			problems.add(new ImportProblem(spec.file(), row.line(), null, null, ImportProblem.Code.INVALID_VALUE,
					"the row has " + row.extraCells() + " cell(s) more than the header's " + row.cells().size()
							+ " columns; quote a value that holds a comma"));
			ok = false;
		}
		for (Column column : spec.columns()) {
			String cell = row.cells().getOrDefault(column.name(), "");
			if (cell.isEmpty()) {
				if (column.required()) {
					problems.add(new ImportProblem(spec.file(), row.line(), column.name(), cell, ImportProblem.Code.REQUIRED,
							"a value is required"));
					ok = false;
				}
				if (!column.property()) {
					out.put(column.name(), null);
				}
				continue;
			}
			Object value;
			try {
				CellText.check(cell);
				value = column.type().convert(cell);
			}
			catch (IllegalArgumentException ex) {
				problems.add(new ImportProblem(spec.file(), row.line(), column.name(), cell, ImportProblem.Code.INVALID_VALUE,
						ex.getMessage()));
				ok = false;
				continue;
			}
			if (refs != null) {
				collectRefs(spec.file(), row.line(), column, cell, value, refs);
			}
			if (column.property()) {
				props.put(column.name(), value);
			}
			else {
				out.put(column.name(), value);
			}
		}
		if (!ok) {
			return null;
		}
		if (spec.isNodeFile()) {
			String key = (String) props.get(spec.keyColumn());
			props.put("key", key);
			out.put("key", key);
			if (search && spec.searchable()) {
				props.put("search", SearchText.of(props.get("name"), props.get("nameZh"), props.get("nameEn"),
						props.get("shortName"), props.get("title"), props.get("titleEn"), props.get("code"),
						props.get("number"), props.get("creditCode"), key));
			}
			if (search && props.get("name") instanceof String name) {
				props.put("nameSort", SearchText.sortKey(name));
			}
		}
		out.put("props", props);
		return out;
	}

	@SuppressWarnings("unchecked")
	private static void collectRefs(String file, int line, Column column, String cell, Object value,
			List<PendingRef> refs) {
		switch (column.type()) {
			case ColumnType.Ref ref -> refs.add(new PendingRef(file, line, column.name(), cell, ref.label(), cell));
			case ColumnType.TypedRef ignored -> {
				var target = (Map<String, String>) value;
				refs.add(new PendingRef(file, line, column.name(), cell, target.get("label"), target.get("key")));
			}
			case ColumnType.ListOf(ColumnType.Ref ref) -> ((List<Object>) value)
				.forEach(k -> refs.add(new PendingRef(file, line, column.name(), cell, ref.label(), (String) k)));
			default -> {
			}
		}
	}

	/** Checks the references not resolved when they were read: by keys defined later, else by the graph. */
	private void checkReferences(List<PendingRef> refs, Map<String, Map<String, Object>> defined,
			List<ImportProblem> problems) {
		Map<String, Set<String>> missingByLabel = new HashMap<>();
		for (PendingRef ref : refs) {
			if (!defined.getOrDefault(ref.label(), Map.of()).containsKey(ref.key())) {
				missingByLabel.computeIfAbsent(ref.label(), l -> new HashSet<>()).add(ref.key());
			}
		}
		Map<String, Set<String>> existing = new HashMap<>();
		missingByLabel.forEach((label, keys) -> existing.put(label, existingKeys.apply(label, keys)));
		for (PendingRef ref : refs) {
			if (!defined.getOrDefault(ref.label(), Map.of()).containsKey(ref.key())
					&& !existing.getOrDefault(ref.label(), Set.of()).contains(ref.key())) {
				problems.add(new ImportProblem(ref.file(), ref.line(), ref.column(), ref.value(), ImportProblem.Code.UNKNOWN_REFERENCE,
						"refers to " + ref.label() + " '" + ref.key()
								+ "', which is neither in this dataset nor in the database"));
			}
		}
	}

}
