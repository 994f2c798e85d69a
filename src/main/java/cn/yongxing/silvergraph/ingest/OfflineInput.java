package cn.yongxing.silvergraph.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A validated dataset turned into the input of Neo4j's offline importer: one node file per label
 * ({@code key:ID(Label)} and typed property columns; the ID space of a label is the label), one
 * relationship file per type and pair of end labels, and the importer's arguments naming them.
 *
 * <p>It writes the graph that {@code cypher/ingest/*.cypher} writes, said a second time in Java
 * because the importer takes files, not statements; {@code OfflineLoadIT} compares the two graphs
 * node by node and relationship by relationship. What the statements do, and this repeats:
 * <ul>
 * <li>a node is written once per key (a key repeated for another source carries the same
 * properties: the validator checks that) with its label, {@code :Searchable} for searchable files,
 * and the search text;</li>
 * <li>a relationship is {@code MERGE}d on its type, its ends and the properties in its pattern, and
 * {@code SET r = row.props} then leaves the last row's properties: so of the rows that give the same
 * relationship, here too only the last is written, across files too ({@code standards.csv} and
 * {@code concerns.csv} both give {@code CONCERNS});</li>
 * <li>every node row but a source's cites its source ({@code CITED_BY {excerpt}});</li>
 * <li>financials rows become {@code Financials} nodes keyed {@code enterprise/year}.</li>
 * </ul>
 * Which row is a relationship's last is found in a first pass that keeps a 64-bit hash of each
 * relationship's identity (the same bargain as the validator's fingerprints: two relationships
 * share one with a probability of about 2^-64 each), so memory holds 12 bytes per relationship.
 */
final class OfflineInput {

	/**
	 * The files written and what they hold.
	 *
	 * @param importerArgs the importer's {@code --nodes}/{@code --relationships} arguments (and
	 * {@code --multiline-fields} when a value spans lines)
	 * @param nodes nodes written
	 * @param relationships relationships written
	 */
	record Written(List<String> importerArgs, long nodes, long relationships) {
	}

	/** One relationship a row gives: its ends (label and key), its properties and its identity. */
	private record Edge(String type, String startLabel, String startKey, String endLabel, String endKey,
			Map<String, Object> props, String identity) {
	}

	private final DatasetFiles files;

	private final Path directory;

	private final Progress progress;

	/** Identity hash of each relationship → number of its last occurrence, from the first pass. */
	private final LongIntHashMap last = new LongIntHashMap();

	private final Map<String, Sink> sinks = new LinkedHashMap<>();

	private boolean multiline;

	private long nodes;

	private long relationships;

	private OfflineInput(DatasetFiles files, Path directory, Progress progress) {
		this.files = files;
		this.directory = directory;
		this.progress = progress;
	}

	/**
	 * Writes the importer's input for a dataset that passed {@link DatasetValidator#check} into an
	 * empty graph (every reference resolves inside the dataset).
	 */
	static Written write(DatasetFiles files, Path directory, Progress progress) throws IOException {
		var input = new OfflineInput(files, directory, progress);
		input.pass(false);
		input.pass(true);
		List<String> args = new ArrayList<>();
		for (Sink sink : input.sinks.values()) {
			sink.close();
			args.add(sink.argument());
		}
		if (input.multiline) {
			args.add("--multiline-fields=true");
		}
		return new Written(List.copyOf(args), input.nodes, input.relationships);
	}

	/** Reads every file in load order: the first pass counts, the second writes. */
	private void pass(boolean writing) throws IOException {
		int sequence = 0;
		Map<String, Set<String>> written = new HashMap<>();
		for (FileSpec spec : DatasetFormat.FILES) {
			if (!files.names().contains(spec.file())) {
				continue;
			}
			String phase = (writing ? "converting " : "reading ") + spec.file() + " for the offline importer";
			progress.update(phase, 0, 0);
			try (Dataset.Rows rows = Dataset.rows(files.open(spec.file()))) {
				long n = 0;
				while (rows.hasNext()) {
					Dataset.Row row = rows.next();
					Map<String, Object> converted = DatasetValidator.convertValid(spec, row, writing);
					if (writing && spec.isNodeFile()
							&& written.computeIfAbsent(spec.label(), l -> new java.util.HashSet<>())
								.add((String) converted.get("key"))) {
						node(spec, converted);
					}
					if (writing && spec.file().equals("financials.csv")) {
						financials(converted);
					}
					for (Edge edge : edges(spec, converted)) {
						long hash = hash(edge);
						if (!writing) {
							last.put(hash, sequence);
						}
						else if (last.get(hash) == sequence) {
							relationship(edge);
						}
						sequence++;
					}
					if (++n % DatasetValidator.PROGRESS_ROWS == 0) {
						progress.update(phase, n, 0);
					}
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> props(Map<String, Object> row) {
		return (Map<String, Object>) row.get("props");
	}

	private void node(FileSpec spec, Map<String, Object> row) throws IOException {
		List<String> columns = new ArrayList<>();
		List<String> types = new ArrayList<>();
		for (Column column : spec.columns()) {
			if (column.property() && !column.name().equals("key")) {
				columns.add(column.name());
				types.add(type(column.type()));
			}
		}
		if (spec.searchable()) {
			columns.add("search");
			types.add("string");
		}
		if (spec.columnsByName().containsKey("name")) {
			columns.add("nameSort");
			types.add("string");
		}
		columns.add("version");
		types.add("long");
		String key = (String) row.get("key");
		Map<String, Object> props = new HashMap<>(props(row));
		// one write, as an import of the same dataset into an empty graph counts it (DatasetImporter)
		props.put("version", 1L);
		String labels = spec.label() + (spec.searchable() ? ":Searchable" : "");
		nodeSink(spec.label(), labels, columns, types).write(key, props);
	}

	private void financials(Map<String, Object> row) throws IOException {
		FileSpec spec = DatasetFormat.BY_FILE.get("financials.csv");
		List<String> columns = new ArrayList<>();
		List<String> types = new ArrayList<>();
		for (Column column : spec.columns()) {
			if (column.property()) {
				columns.add(column.name());
				types.add(type(column.type()));
			}
		}
		nodeSink("Financials", "Financials", columns, types).write(financialsKey(row), props(row));
	}

	private static String financialsKey(Map<String, Object> row) {
		return row.get("enterprise") + "/" + props(row).get("year");
	}

	private Sink nodeSink(String label, String labels, List<String> columns, List<String> types) {
		return sinks.computeIfAbsent("nodes " + label, k -> {
			List<String> header = new ArrayList<>();
			header.add("key:ID(" + label + ")");
			for (int i = 0; i < columns.size(); i++) {
				header.add(columns.get(i) + ":" + types.get(i));
			}
			return new Sink(directory.resolve("nodes-" + label + ".csv"), "--nodes=" + labels + "=", header, columns,
					true);
		});
	}

	private void relationship(Edge edge) throws IOException {
		String name = edge.type() + "-" + edge.startLabel() + "-" + edge.endLabel();
		Sink sink = sinks.computeIfAbsent("relationships " + name, k -> {
			List<String> columns = RELATIONSHIP_PROPERTIES.getOrDefault(edge.type(), List.of());
			List<String> header = new ArrayList<>();
			header.add(":START_ID(" + edge.startLabel() + ")");
			header.add(":END_ID(" + edge.endLabel() + ")");
			for (String column : columns) {
				header.add(column + ":" + PROPERTY_TYPES.get(column));
			}
			return new Sink(directory.resolve("relationships-" + name + ".csv"),
					"--relationships=" + edge.type() + "=", header, columns, false);
		});
		sink.write(edge.startKey(), edge.endKey(), edge.props());
	}

	/** The relationships one converted row gives, in the order its statement merges them. */
	private static List<Edge> edges(FileSpec spec, Map<String, Object> row) {
		List<Edge> edges = new ArrayList<>(3);
		Map<String, Object> props = props(row);
		String label = spec.label();
		String key = (String) row.get("key");
		switch (spec.file()) {
			case "regions.csv" -> out(edges, "PART_OF", label, key, "Region", row.get("parent"), Map.of());
			case "clusters.csv", "institutions.csv" -> out(edges, "IN_REGION", label, key, "Region", row.get("region"),
					Map.of());
			case "parks.csv" -> {
				out(edges, "PART_OF", label, key, "Park", row.get("parent"), Map.of());
				out(edges, "IN_REGION", label, key, "Region", row.get("region"), Map.of());
			}
			case "chains.csv" -> out(edges, "OF_METAL", label, key, "Metal", row.get("metal"), Map.of());
			case "products.csv" -> {
				out(edges, "OF_METAL", label, key, "Metal", row.get("metal"), Map.of());
				if (row.get("stages") instanceof List<?> stages) {
					stages.forEach(stage -> out(edges, "AT_STAGE", label, key, "ChainStage", stage, Map.of()));
				}
			}
			case "stages.csv" -> edges.add(edge("HAS_STAGE", "IndustryChain", (String) row.get("chain"), label, key,
					Map.of("order", props.get("order")), ""));
			case "enterprises.csv" -> {
				out(edges, "LOCATED_IN", label, key, "Park", row.get("park"), Map.of());
				out(edges, "IN_REGION", label, key, "Region", row.get("region"), Map.of());
			}
			case "platforms.csv" -> {
				if (row.get("operator") instanceof Map<?, ?> operator) {
					edges.add(edge("OPERATES", (String) operator.get("label"), (String) operator.get("key"), label, key,
							Map.of(), ""));
				}
			}
			case "standards.csv" -> out(edges, "CONCERNS", label, key, "Metal", row.get("metal"), Map.of());
			case "indicators.csv" -> edges.add(typedTo("ABOUT", label, key, row.get("subject"), Map.of(), ""));
			case "feeds.csv" -> edges.add(typedFrom("FEEDS", row.get("from"), "Product", row.get("to"), props, ""));
			case "produces.csv" -> edges.add(fixed("PRODUCES", "Enterprise", row.get("enterprise"), "Product",
					row.get("product"), props, ""));
			case "processes.csv" -> edges.add(fixed("PROCESSES", "Enterprise", row.get("enterprise"), "Material",
					row.get("material"), props, ""));
			case "supplies.csv" -> edges.add(fixed("SUPPLIES", "Enterprise", row.get("from"), "Enterprise",
					row.get("to"), props, props.get("product") + "\u0000" + props.get("year")));
			case "holds.csv" -> edges.add(typedFrom("HOLDS", row.get("holder"), "Patent", row.get("patent"), props, ""));
			case "concerns.csv" -> edges.add(typedBoth("CONCERNS", row.get("subject"), row.get("object"), props, ""));
			case "drafted.csv" -> edges.add(typedFrom("DRAFTED", row.get("drafter"), "Standard", row.get("standard"),
					props, ""));
			case "collaborations.csv" -> edges.add(fixed("COLLABORATES_WITH", "Enterprise", row.get("enterprise"),
					"Institution", row.get("institution"), props, String.valueOf(props.get("kind"))));
			case "participations.csv" -> edges.add(typedFrom("PARTICIPATES_IN", row.get("participant"), "Project",
					row.get("project"), props, ""));
			case "designations_held.csv" -> {
				Map<String, Object> p = with(props, "product", props.getOrDefault("product", ""));
				edges.add(typedFrom("HAS_DESIGNATION", row.get("holder"), "Designation", row.get("designation"), p,
						(String) p.get("product")));
			}
			case "investments.csv" -> edges.add(typedTo("INVESTED_IN", "Enterprise", row.get("enterprise"),
					row.get("target"), props, ""));
			case "shares.csv" -> {
				Map<String, Object> p = with(props, "definition", props.getOrDefault("definition", ""));
				edges.add(typedTo("HAS_SHARE", "Metal", row.get("metal"), row.get("holder"), p, p.get("scope") + "\u0000"
						+ p.get("basis") + "\u0000" + p.get("year") + "\u0000" + p.get("source") + "\u0000"
						+ p.get("definition")));
			}
			case "outputs.csv" -> {
				Map<String, Object> p = with(props, "definition", props.getOrDefault("definition", ""));
				edges.add(typedTo("OUTPUT", "Metal", row.get("metal"), row.get("holder"), p,
						p.get("year") + "\u0000" + p.get("source") + "\u0000" + p.get("definition")));
			}
			case "targets.csv" -> edges.add(typedBoth("TARGETS", row.get("holder"), row.get("target"), props,
					String.valueOf(props.get("kind"))));
			case "financials.csv" -> edges.add(edge("REPORTED", "Enterprise", (String) row.get("enterprise"),
					"Financials", financialsKey(row), Map.of("year", props.get("year")), ""));
			default -> {
			}
		}
		if (spec.isNodeFile() && !spec.file().equals("sources.csv")) {
			edges.add(edge("CITED_BY", label, key, "Source", (String) row.get("source"),
					Map.of("excerpt", row.get("excerpt")), ""));
		}
		return edges;
	}

	/** An optional reference of a node row: a relationship when it is given. */
	private static void out(List<Edge> edges, String type, String label, String key, String endLabel,
			@Nullable Object endKey, Map<String, Object> props) {
		if (endKey != null) {
			edges.add(edge(type, label, key, endLabel, (String) endKey, props, ""));
		}
	}

	/** Both ends of fixed labels. */
	private static Edge fixed(String type, String fromLabel, Object from, String toLabel, Object to,
			Map<String, Object> props, String identity) {
		return edge(type, fromLabel, (String) from, toLabel, (String) to, props, identity);
	}

	/** The start a typed reference ({@code Label:key}), the end of a fixed label. */
	private static Edge typedFrom(String type, Object from, String toLabel, Object to, Map<String, Object> props,
			String identity) {
		return to(edge(type, "", "", toLabel, (String) to, props, identity), from, true);
	}

	/** The start of a fixed label, the end a typed reference. */
	private static Edge typedTo(String type, String fromLabel, Object from, Object to, Map<String, Object> props,
			String identity) {
		return to(edge(type, fromLabel, (String) from, "", "", props, identity), to, false);
	}

	/** Both ends typed references. */
	private static Edge typedBoth(String type, Object from, Object to, Map<String, Object> props, String identity) {
		return to(to(edge(type, "", "", "", "", props, identity), from, true), to, false);
	}

	/** The edge with its end (or start) set from a typed reference ({@code {label, key}}). */
	private static Edge to(Edge e, Object ref, boolean start) {
		var typed = (Map<?, ?>) ref;
		String label = (String) typed.get("label");
		String key = (String) typed.get("key");
		return start ? edge(e.type(), label, key, e.endLabel(), e.endKey(), e.props(), e.identity())
				: edge(e.type(), e.startLabel(), e.startKey(), label, key, e.props(), e.identity());
	}

	private static Edge edge(String type, String startLabel, String startKey, String endLabel, String endKey,
			Map<String, Object> props, String identity) {
		return new Edge(type, startLabel, startKey, endLabel, endKey, props, identity);
	}

	private static Map<String, Object> with(Map<String, Object> props, String name, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(props);
		copy.put(name, value);
		return copy;
	}

	/** 64-bit FNV-1a of a relationship's identity: type, ends, the properties of its pattern. */
	private static long hash(Edge edge) {
		return hash(edge.type() + "\u0000" + edge.startLabel() + ":" + edge.startKey() + "\u0000" + edge.endLabel()
				+ ":" + edge.endKey() + "\u0000" + edge.identity());
	}

	private static long hash(String text) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < text.length(); i++) {
			hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
		}
		return hash;
	}

	/** Property columns of each relationship type, from the files that give it. */
	private static final Map<String, List<String>> RELATIONSHIP_PROPERTIES = new HashMap<>();

	/** The importer's type of each property name (one type per name across the format). */
	private static final Map<String, String> PROPERTY_TYPES = new HashMap<>();

	static {
		Map<String, String> typeOfFile = Map.ofEntries(Map.entry("feeds.csv", "FEEDS"),
				Map.entry("produces.csv", "PRODUCES"), Map.entry("processes.csv", "PROCESSES"),
				Map.entry("supplies.csv", "SUPPLIES"), Map.entry("holds.csv", "HOLDS"),
				Map.entry("concerns.csv", "CONCERNS"), Map.entry("drafted.csv", "DRAFTED"),
				Map.entry("collaborations.csv", "COLLABORATES_WITH"), Map.entry("participations.csv", "PARTICIPATES_IN"),
				Map.entry("designations_held.csv", "HAS_DESIGNATION"), Map.entry("investments.csv", "INVESTED_IN"),
				Map.entry("shares.csv", "HAS_SHARE"), Map.entry("outputs.csv", "OUTPUT"),
				Map.entry("targets.csv", "TARGETS"));
		for (FileSpec spec : DatasetFormat.FILES) {
			for (Column column : spec.columns()) {
				if (column.property()) {
					PROPERTY_TYPES.putIfAbsent(column.name(), type(column.type()));
				}
			}
			String type = typeOfFile.get(spec.file());
			if (type != null) {
				RELATIONSHIP_PROPERTIES.put(type,
						spec.columns().stream().filter(Column::property).map(Column::name).toList());
			}
		}
		RELATIONSHIP_PROPERTIES.put("HAS_STAGE", List.of("order"));
		RELATIONSHIP_PROPERTIES.put("REPORTED", List.of("year"));
		RELATIONSHIP_PROPERTIES.put("CITED_BY", List.of("excerpt"));
		PROPERTY_TYPES.put("excerpt", "string");
	}

	/** The importer's name for the type a column converts to. */
	static String type(ColumnType type) {
		return switch (type) {
			case ColumnType.Count c -> "long";
			case ColumnType.Year y -> "long";
			case ColumnType.Quantity q -> "double";
			case ColumnType.Fraction f -> "double";
			case ColumnType.Bool b -> "boolean";
			case ColumnType.ListOf l -> "string[]";
			default -> "string";
		};
	}

	/** One importer file: its header, then one line per node or relationship. */
	private final class Sink {

		private final Path path;

		private final String argument;

		private final List<String> columns;

		private final boolean nodeFile;

		private final Writer out;

		Sink(Path path, String argument, List<String> header, List<String> columns, boolean nodeFile) {
			this.path = path;
			this.argument = argument + path;
			this.columns = columns;
			this.nodeFile = nodeFile;
			try {
				this.out = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
				out.write(String.join(",", header));
				out.write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		String argument() {
			return argument;
		}

		void write(String key, Map<String, Object> props) throws IOException {
			cell(key);
			cells(props);
			nodes++;
		}

		void write(String start, String end, Map<String, Object> props) throws IOException {
			cell(start);
			out.write(',');
			cell(end);
			cells(props);
			relationships++;
		}

		private void cells(Map<String, Object> props) throws IOException {
			for (String column : columns) {
				out.write(',');
				Object value = props.get(column);
				if (value != null) {
					cell(value);
				}
			}
			out.write('\n');
		}

		/** Text always quoted (an empty string stays one), numbers and booleans bare, lists joined by ';'. */
		private void cell(Object value) throws IOException {
			switch (value) {
				case String s -> quoted(s);
				case List<?> list -> quoted(String.join(";", list.stream().map(String::valueOf).toList()));
				default -> out.write(String.valueOf(value));
			}
		}

		private void quoted(String s) throws IOException {
			if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
				multiline = true;
			}
			out.write('"');
			out.write(s.replace("\"", "\"\""));
			out.write('"');
		}

		void close() throws IOException {
			out.close();
		}

		@Override
		public String toString() {
			return (nodeFile ? "nodes " : "relationships ") + path;
		}

	}

}
