package cn.yongxing.silvergraph.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bulk importer's statements, derived from the normal importer's
 * ({@link DatasetImporter#statements()}) so that both write the same graph. Two changes only:
 * <ul>
 * <li>a dynamic label, {@code $(row.holder.label)} or {@code $(coalesce(row.operator.label, 'X'))},
 * is spelled out for one group of rows that share it, so every Neo4j version finds the node through
 * the uniqueness index: 5.26 LTS (supported as an external server) matches a dynamic label by
 * scanning all nodes, once per row (the embedded 2026.08 folds the key into its lookup and is as
 * fast either way);</li>
 * <li>for node rows whose key is in neither the graph nor an earlier row of the load, the node and
 * its citation are {@code CREATE}d instead of {@code MERGE}d.</li>
 * </ul>

 * Labels come from the dataset format (validated typed references), never from free text.
 */
final class BulkStatements {

	private static final Pattern DYNAMIC_LABEL = Pattern
		.compile("\\$\\((?:coalesce\\()?row\\.(\\w+)\\.label(?:, '(\\w+)'\\))?\\)");

	private static final String CITE_MERGE = "MERGE (n)-[c:CITED_BY]->(source)";

	private final Map<String, String> merging;

	private final Map<String, String> creating = new HashMap<>();

	private final Map<String, String> resolved = new ConcurrentHashMap<>();

	BulkStatements(Map<String, String> statements) {
		this.merging = Map.copyOf(statements);
		for (FileSpec spec : DatasetFormat.FILES) {
			if (spec.isNodeFile()) {
				creating.put(spec.file(), creating(spec, statements.get(spec.file())));
			}
		}
	}

	/**
	 * The statement for a group of rows of one file.
	 * @param create whether the rows define nodes known to be new (node files only)
	 * @param labels the label of each typed reference column, for this group
	 */
	String statement(FileSpec spec, boolean create, Map<String, String> labels) {
		return resolved.computeIfAbsent(spec.file() + (create ? "+create" : "") + labels,
				k -> withLabels((create ? creating : merging).get(spec.file()), labels));
	}

	/** A node file's statement creating the node and its citation: only for keys known to be new. */
	static String creating(FileSpec spec, String merging) {
		String node = "MERGE (n:" + spec.label() + " {key: row.key})";
		String text = replaceOnce(spec, merging, node, "CREATE" + node.substring("MERGE".length()));
		return spec.file().equals("sources.csv") ? text
				: replaceOnce(spec, text, CITE_MERGE, "CREATE" + CITE_MERGE.substring("MERGE".length()));
	}

	private static String replaceOnce(FileSpec spec, String text, String clause, String replacement) {
		int at = text.indexOf(clause);
		if (at < 0 || text.indexOf(clause, at + 1) >= 0) {
			throw new IllegalStateException("cypher/ingest/" + spec.name() + ".cypher must contain '" + clause
					+ "' exactly once for the bulk importer");
		}
		return text.substring(0, at) + replacement + text.substring(at + clause.length());
	}

	static String withLabels(String statement, Map<String, String> labels) {
		Matcher m = DYNAMIC_LABEL.matcher(statement);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String label = labels.getOrDefault(m.group(1), m.group(2));
			if (label == null) {
				throw new IllegalArgumentException("no label for row." + m.group(1) + " in " + statement);
			}
			m.appendReplacement(out, Matcher.quoteReplacement("`" + label + "`"));
		}
		m.appendTail(out);
		if (out.indexOf("$(") >= 0) {
			throw new IllegalStateException("a dynamic label the bulk importer cannot spell out: " + statement);
		}
		return out.toString();
	}

}
