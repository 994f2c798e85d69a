package cn.yongxing.silvergraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import cn.yongxing.silvergraph.search.SearchText;

/**
 * Checks a whole dataset before anything is written: file names, headers, every cell against its
 * column type, duplicate keys, and that every reference points at a node defined in the dataset or
 * already in the database. Collects every problem instead of stopping at the first.
 */
final class DatasetValidator {

	/** A file ready to write: its format and its rows converted to Cypher parameters. */
	record ValidFile(FileSpec spec, List<Map<String, Object>> rows) {
	}

	/** Validation outcome: files in load order, rows read per file, and every problem. */
	record Result(List<ValidFile> files, Map<String, Integer> rowCounts, List<ImportProblem> problems) {
	}

	private record PendingRef(String file, int line, String column, String value, String label, String key) {
	}

	private final BiFunction<String, Collection<String>, Set<String>> existingKeys;

	/**
	 * @param existingKeys given a label and keys, returns those already in the database
	 */
	DatasetValidator(BiFunction<String, Collection<String>, Set<String>> existingKeys) {
		this.existingKeys = existingKeys;
	}

	Result validate(Dataset dataset) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String file : dataset.files().keySet()) {
			if (!DatasetFormat.BY_FILE.containsKey(file)) {
				problems.add(new ImportProblem(file, 0, null, null, ImportProblem.Code.UNKNOWN_FILE,
						"unknown file; expected one of " + DatasetFormat.BY_FILE.keySet()));
			}
		}
		Map<String, Set<String>> defined = new HashMap<>();
		List<PendingRef> refs = new ArrayList<>();
		List<ValidFile> files = new ArrayList<>();
		for (FileSpec spec : DatasetFormat.FILES) {
			String text = dataset.files().get(spec.file());
			if (text == null) {
				continue;
			}
			Dataset.Parsed parsed;
			try {
				parsed = Dataset.parse(text);
			}
			catch (IllegalArgumentException ex) {
				problems.add(new ImportProblem(spec.file(), 0, null, null, ImportProblem.Code.INVALID_FILE, "the file " + ex.getMessage()));
				continue;
			}
			counts.put(spec.file(), parsed.rows().size());
			if (!checkHeader(spec, parsed.header(), problems)) {
				continue;
			}
			Set<String> keys = defined.computeIfAbsent(spec.label() == null ? "" : spec.label(), k -> new HashSet<>());
			Map<String, Object> propsByKey = new HashMap<>();
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Dataset.Row row : parsed.rows()) {
				Map<String, Object> out = convertRow(spec, row, problems, refs);
				if (out == null) {
					continue;
				}
				if (spec.isNodeFile()) {
					// a node may be listed once per source citing it, but must say the same every time
					String key = (String) out.get("key");
					keys.add(key);
					Object previous = propsByKey.putIfAbsent(key, out.get("props"));
					if (previous != null && !previous.equals(out.get("props"))) {
						problems.add(new ImportProblem(spec.file(), row.line(), spec.keyColumn(), key,
								ImportProblem.Code.DUPLICATE_KEY,
								"duplicate key: another row of this file defines it with different values"));
					}
				}
				rows.add(out);
			}
			files.add(new ValidFile(spec, rows));
		}
		checkReferences(refs, defined, problems);
		return new Result(files, counts, problems);
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

	private static Map<String, Object> convertRow(FileSpec spec, Dataset.Row row, List<ImportProblem> problems,
			List<PendingRef> refs) {
		Map<String, Object> out = new LinkedHashMap<>();
		Map<String, Object> props = new LinkedHashMap<>();
		boolean ok = true;
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
				value = column.type().convert(cell);
			}
			catch (IllegalArgumentException ex) {
				problems.add(new ImportProblem(spec.file(), row.line(), column.name(), cell, ImportProblem.Code.INVALID_VALUE,
						ex.getMessage()));
				ok = false;
				continue;
			}
			collectRefs(spec.file(), row.line(), column, cell, value, refs);
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
			if (spec.searchable()) {
				props.put("search", SearchText.of(props.get("name"), props.get("nameZh"), props.get("nameEn"),
						props.get("shortName"), props.get("title"), props.get("titleEn"), props.get("code"),
						props.get("number"), props.get("creditCode"), key));
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

	private void checkReferences(List<PendingRef> refs, Map<String, Set<String>> defined,
			List<ImportProblem> problems) {
		Map<String, Set<String>> missingByLabel = new HashMap<>();
		for (PendingRef ref : refs) {
			if (!defined.getOrDefault(ref.label(), Set.of()).contains(ref.key())) {
				missingByLabel.computeIfAbsent(ref.label(), l -> new HashSet<>()).add(ref.key());
			}
		}
		Map<String, Set<String>> existing = new HashMap<>();
		missingByLabel.forEach((label, keys) -> existing.put(label, existingKeys.apply(label, keys)));
		for (PendingRef ref : refs) {
			if (!defined.getOrDefault(ref.label(), Set.of()).contains(ref.key())
					&& !existing.getOrDefault(ref.label(), Set.of()).contains(ref.key())) {
				problems.add(new ImportProblem(ref.file(), ref.line(), ref.column(), ref.value(), ImportProblem.Code.UNKNOWN_REFERENCE,
						"refers to " + ref.label() + " '" + ref.key()
								+ "', which is neither in this dataset nor in the database"));
			}
		}
	}

}
