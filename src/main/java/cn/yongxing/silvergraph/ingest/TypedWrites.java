package cn.yongxing.silvergraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.yongxing.silvergraph.graph.CypherFiles;
import org.jspecify.annotations.Nullable;

/**
 * The typed write API as data, derived from {@link DatasetFormat}: one family of mutations per file of
 * the format ({@code createX}/{@code updateX}/{@code deleteX} for a node file, {@code addY}/{@code updateY}/
 * {@code removeY} for a relationship file), each field one column of the file under its column name (a
 * few relationship columns get a clearer GraphQL name, {@link #ALIASES}). Only the names of relationship
 * files are a table here ({@link #LINK_NAMES}); a file of the format without a name fails start-up.
 * What identifies a relationship record (its ends and the properties its statement merges on) is read
 * from the file's own import statement, so it is never said twice.
 */
final class TypedWrites {

	/** GraphQL name of each relationship file's record ({@code supplies.csv} → {@code addSupplyLink}). */
	static final Map<String, String> LINK_NAMES = Map.ofEntries(Map.entry("feeds.csv", "Feed"),
			Map.entry("produces.csv", "Production"), Map.entry("processes.csv", "Processing"),
			Map.entry("supplies.csv", "SupplyLink"), Map.entry("holds.csv", "PatentHolding"),
			Map.entry("concerns.csv", "Concern"), Map.entry("drafted.csv", "Drafting"),
			Map.entry("collaborations.csv", "Collaboration"), Map.entry("participations.csv", "Participation"),
			Map.entry("designations_held.csv", "DesignationAward"), Map.entry("investments.csv", "Investment"),
			Map.entry("shares.csv", "MetalShare"), Map.entry("outputs.csv", "MetalOutput"),
			Map.entry("targets.csv", "DevelopmentTarget"), Map.entry("financials.csv", "Financials"));

	/** GraphQL field names of columns whose file name is terse: file → column → field. */
	static final Map<String, Map<String, String>> ALIASES = Map.of("supplies.csv",
			Map.of("from", "supplier", "to", "customer"));

	/** The fields of a source created in the same request ({@code newSource}). */
	static final String NEW_SOURCE = "newSource";

	private static final Pattern MERGED_PROPERTY = Pattern.compile("row\\.props\\.(\\w+)");

	/**
	 * One file's mutations.
	 *
	 * @param spec the file
	 * @param name GraphQL name of the record: the node label, or the relationship file's name
	 * @param identity for relationship files, the columns that identify a record (its ends first)
	 */
	record Family(FileSpec spec, String name, List<Column> identity) {

		boolean isNode() {
			return spec.isNodeFile();
		}

		boolean cites() {
			return !spec.file().equals("sources.csv");
		}

		/** The GraphQL field of a column. */
		String field(Column column) {
			return ALIASES.getOrDefault(spec.file(), Map.of()).getOrDefault(column.name(), column.name());
		}

		/** Columns that are not provenance. */
		List<Column> facts() {
			return spec.columns().stream().filter(c -> !isProvenance(c)).toList();
		}

		/** Columns a partial update may change: not the key, not identity, not provenance. */
		List<Column> changeable() {
			return facts().stream()
				.filter(c -> isNode() ? !c.name().equals(spec.keyColumn()) : !identity.contains(c))
				.toList();
		}

		boolean isProvenance(Column column) {
			return cites() && (column.name().equals("source") || column.name().equals("excerpt"));
		}

		/** The relationship record kind of the generic API ({@code SUPPLIES}). */
		String kind() {
			return spec.name().toUpperCase();
		}
	}

	static final List<Family> FAMILIES;

	static {
		List<Family> families = new ArrayList<>();
		for (FileSpec spec : DatasetFormat.FILES) {
			if (spec.isNodeFile()) {
				families.add(new Family(spec, spec.label(), List.of()));
			}
			else {
				String name = LINK_NAMES.get(spec.file());
				if (name == null) {
					throw new IllegalStateException(spec.file() + " has no name in TypedWrites.LINK_NAMES");
				}
				families.add(new Family(spec, name, identity(spec, CypherFiles.load("ingest", spec.name()))));
			}
		}
		FAMILIES = List.copyOf(families);
	}

	private TypedWrites() {
	}

	/**
	 * The columns identifying a relationship record: the reference columns that are not properties (its
	 * ends), then the properties its import statement's {@code MERGE} clauses name.
	 */
	static List<Column> identity(FileSpec spec, String statement) {
		Set<String> names = new LinkedHashSet<>();
		spec.columns().stream().filter(c -> !c.property()).forEach(c -> names.add(c.name()));
		for (String line : statement.lines().toList()) {
			if (line.strip().startsWith("MERGE")) {
				Matcher m = MERGED_PROPERTY.matcher(line);
				while (m.find()) {
					names.add(m.group(1));
				}
			}
		}
		List<Column> identity = new ArrayList<>();
		for (String name : names) {
			identity.add(spec.column(name).orElseThrow(() -> new IllegalStateException(
					"cypher/ingest/" + spec.name() + ".cypher merges on " + name + ", which is no column of the file")));
		}
		return List.copyOf(identity);
	}

	/**
	 * The cells of a record from typed GraphQL input: only the fields present in {@code input} (an
	 * explicit {@code null} gives an empty cell, which clears an optional field). References may be
	 * given as global ids ({@code Park:key}) or keys; a single-label reference keeps the key.
	 */
	static Map<String, String> cells(Family family, List<Column> columns, Map<String, Object> input) {
		Map<String, String> cells = new LinkedHashMap<>();
		for (Column column : columns) {
			String field = family.field(column);
			if (input.containsKey(field)) {
				cells.put(column.name(), cell(column.type(), input.get(field)));
			}
		}
		return cells;
	}

	static String cell(ColumnType type, @Nullable Object value) {
		return switch (value) {
			case null -> "";
			case List<?> list -> {
				ColumnType item = type instanceof ColumnType.ListOf(ColumnType inner) ? inner : type;
				yield String.join(";", list.stream().map(v -> cell(item, v)).toList());
			}
			case Double d -> DatasetExporter.format(d);
			case Float f -> DatasetExporter.format(f.doubleValue());
			case String s when type instanceof ColumnType.Ref(String label) && s.startsWith(label + ":") ->
				s.substring(label.length() + 1);
			default -> value.toString();
		};
	}

	/** The family of a file. */
	static Family of(String file) {
		return FAMILIES.stream().filter(f -> f.spec().file().equals(file)).findFirst().orElseThrow();
	}

}
