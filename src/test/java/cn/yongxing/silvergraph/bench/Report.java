package cn.yongxing.silvergraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.yongxing.silvergraph.ingest.BulkReport;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark's results: facts about the run, one cell per case × target × concurrency, and notes. */
final class Report {

	private static final List<String> TARGETS = List.of("ours", "peer", "raw");

	private final Benchmark.Options options;

	private final Map<String, String> facts = new LinkedHashMap<>();

	private final List<String> notes = new ArrayList<>();

	private final Map<String, Cell> cells = new ConcurrentHashMap<>();

	private List<QueryCase> cases = List.of();

	private Map<String, Object> importFigures = Map.of();

	private List<Profiler.Profile> profiles = List.of();

	Report(Benchmark.Options options) {
		this.options = options;
	}

	void fact(String name, String value) {
		facts.put(name, value);
		System.out.println(name + ": " + value);
	}

	void note(String note) {
		notes.add(note);
		System.out.println("note: " + note);
	}

	void importFigures(BulkReport imported) {
		var t = imported.times();
		double seconds = t.total() / 1e3;
		long nodes = imported.nodesCreated();
		long relationships = imported.relationshipsCreated();
		importFigures = Benchmark.map("nodesCreated", nodes, "relationshipsCreated", relationships, "rows",
				imported.totalRows(), "transactions", imported.transactions(), "seconds", round(seconds),
				"nodesPerSecond", round(nodes / seconds), "relationshipsPerSecond", round(relationships / seconds),
				"entitiesPerSecond", round((nodes + relationships) / seconds), "phasesMillis",
				Benchmark.map("validate", t.validate(), "keyCheck", t.keyCheck(), "write", t.write(), "read", t.read(),
						"statements", t.statements(), "commit", t.commit(), "waitForRows", t.waitForRows()));
		fact("bulk import (%d transactions)".formatted(imported.transactions()),
				("%d nodes + %d relationships in %.1f s = %.0f nodes/s, %.0f relationships/s, %.0f nodes+rels/s "
						+ "(validate %.1f s, key check %.1f s, write %.1f s: statements %.1f s, commits %.1f s)")
					.formatted(nodes, relationships, seconds, nodes / seconds, relationships / seconds,
							(nodes + relationships) / seconds, t.validate() / 1e3, t.keyCheck() / 1e3, t.write() / 1e3,
							t.statements() / 1e3, t.commit() / 1e3));
	}

	void profiles(List<Profiler.Profile> profiles) {
		this.profiles = List.copyOf(profiles);
		profiles.forEach(p -> System.out.println("PROFILE " + p.line()));
	}

	Cell cell(QueryCase q, String target, int concurrency) {
		return cells.computeIfAbsent(key(q.name(), target, concurrency), k -> new Cell());
	}

	void cases(List<QueryCase> cases) {
		this.cases = List.copyOf(cases);
	}

	private static String key(String query, String target, int concurrency) {
		return query + "|" + target + "|" + concurrency;
	}

	private Cell find(String query, String target, int c) {
		return cells.get(key(query, target, c));
	}

	/** The table: per case and concurrency, throughput/p50/p99 of each target and the two ratios. */
	String markdown() {
		StringBuilder md = new StringBuilder("# silver-graph benchmark\n\n");
		md.append("| fact | value |\n|---|---|\n");
		md.append("| options | scale %s, seed %d, %s s × %d rounds per cell, warm-up %s s, concurrency %s |\n".formatted(
				options.scale(), options.seed(), options.seconds(), options.rounds(), options.warmup(), options.concurrency()));
		facts.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
		md.append("\nThroughput in requests/s, latency in ms. Ratios: throughput ours/peer (> 1: we serve more), "
				+ "p50 ours/raw (1 = as fast as hand-written Cypher through the driver).\n\n");
		md.append("| query | c | ours req/s | ours p50 | ours p99 | peer req/s | peer p50 | peer p99 | raw req/s | raw p50 | raw p99 "
				+ "| thr ours/peer | p50 ours/peer | p50 ours/raw | ours stmts/req | errors |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (QueryCase q : cases) {
			for (int c : options.concurrency()) {
				md.append("| ").append(q.name()).append(" | ").append(c);
				StringBuilder errors = new StringBuilder();
				for (String t : TARGETS) {
					Cell cell = find(q.name(), t, c);
					if (cell == null) {
						md.append(" | – | – | –");
						continue;
					}
					md.append(" | %.1f | %.1f | %.1f".formatted(cell.throughput(), cell.percentileMillis(50),
							cell.percentileMillis(99)));
					if (cell.errors() > 0) {
						errors.append(t).append(": ").append(cell.errors()).append(' ');
					}
				}
				md.append(" | ").append(ratio(q.name(), c, "peer", true)).append(" | ")
					.append(inverse(ratio(q.name(), c, "peer", false))).append(" | ")
					.append(inverse(ratio(q.name(), c, "raw", false)))
					.append(" | ").append(statements(q.name(), c))
					.append(" | ").append(errors.isEmpty() ? "0" : errors.toString().trim()).append(" |\n");
			}
		}
		if (!importFigures.isEmpty()) {
			md.append("\nImport: ").append(importFigures).append('\n');
		}
		if (!profiles.isEmpty()) {
			md.append("\nPROFILE on the loaded graph\n\n| statement | db hits | rows | operators | findings |\n|---|---:|---:|---|---|\n");
			profiles.forEach(p -> md.append(p.line()).append('\n'));
		}
		List<String> errorNotes = new ArrayList<>();
		cells.forEach((k, cell) -> {
			if (cell.errors() > 0) {
				errorNotes.add(k + ": " + cell.errors() + " errors, first: " + cell.firstError());
			}
		});
		if (!notes.isEmpty() || !errorNotes.isEmpty()) {
			md.append("\nNotes\n");
			notes.forEach(n -> md.append("- ").append(n).append('\n'));
			errorNotes.forEach(n -> md.append("- ").append(n).append('\n'));
		}
		return md.toString();
	}

	/** ours/other: throughput ratio, or p50 ratio (returned as other/ours so callers can invert). */
	private String ratio(String query, int c, String other, boolean throughput) {
		Cell ours = find(query, "ours", c);
		Cell them = find(query, other, c);
		if (ours == null || them == null || ours.count() == 0 || them.count() == 0) {
			return "–";
		}
		double r = throughput ? ours.throughput() / them.throughput()
				: them.percentileMillis(50) / ours.percentileMillis(50);
		return "%.2f".formatted(r);
	}

	private String statements(String query, int c) {
		Cell ours = find(query, "ours", c);
		return ours == null || Double.isNaN(ours.statementsPerRequest()) ? "–"
				: "%.1f".formatted(ours.statementsPerRequest());
	}

	private static String inverse(String ratio) {
		return ratio.equals("–") ? ratio : "%.2f".formatted(1 / Double.parseDouble(ratio));
	}

	Map<String, Object> json() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (QueryCase q : cases) {
			for (int c : options.concurrency()) {
				for (String t : TARGETS) {
					Cell cell = find(q.name(), t, c);
					if (cell != null) {
						rows.add(Benchmark.map("query", q.name(), "target", t, "concurrency", c, "requests", cell.count(),
								"statementsPerRequest", round(cell.statementsPerRequest()),
								"errors", cell.errors(), "throughput", round(cell.throughput()), "p50ms",
								round(cell.percentileMillis(50)), "p99ms", round(cell.percentileMillis(99))));
					}
				}
			}
		}
		return Benchmark.map("options", options.toString(), "facts", facts, "import", importFigures, "results", rows, "profiles", profiles,
				"notes", notes);
	}

	void write() {
		try {
			Files.writeString(options.out().resolve("benchmark.md"), markdown());
			Files.writeString(options.out().resolve("benchmark.json"),
					JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double round(double v) {
		return Double.isNaN(v) ? v : Math.round(v * 100) / 100.0;
	}

	/** The worst cell of a target across cases (for the smoke test): errors and answered requests. */
	long errors(String target) {
		return cells.entrySet().stream().filter(e -> e.getKey().contains("|" + target + "|"))
			.mapToLong(e -> e.getValue().errors()).sum();
	}

	long answered(String target) {
		return cells.entrySet().stream().filter(e -> e.getKey().contains("|" + target + "|"))
			.mapToLong(e -> e.getValue().count()).sum();
	}

	Path markdownFile() {
		return options.out().resolve("benchmark.md");
	}

}
