package cn.yongxing.silvergraph.ingest;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which natural keys of a label are already in the graph. The label is spelled out in the statement
 * (it is always one of the dataset format's labels, never user text) so the uniqueness index answers
 * each key on every Neo4j version; with the label as a parameter, 5.26 LTS scans all nodes per call.
 */
final class GraphKeys implements BiFunction<String, Collection<String>, Set<String>> {

	/** Keys per statement: bounds one parameter list. */
	private static final int BATCH = 10_000;

	private static final Set<String> LABELS = Set.copyOf(DatasetFormat.FILES.stream()
		.filter(FileSpec::isNodeFile)
		.map(FileSpec::label)
		.toList());

	private final Neo4jClient client;

	private final TransactionTemplate readTx;

	GraphKeys(Neo4jClient client, PlatformTransactionManager transactionManager) {
		this.client = client;
		this.readTx = new TransactionTemplate(transactionManager);
		this.readTx.setReadOnly(true);
	}

	@Override
	public Set<String> apply(String label, Collection<String> keys) {
		if (!LABELS.contains(label)) {
			throw new IllegalArgumentException("not a label of the dataset format: " + label);
		}
		String statement = "MATCH (n:`" + label + "`) WHERE n.key IN $keys RETURN n.key AS key";
		List<String> all = List.copyOf(keys);
		Set<String> existing = new HashSet<>();
		for (int from = 0; from < all.size(); from += BATCH) {
			List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
			existing.addAll(readTx.execute(status -> client.query(statement).bind(batch).to("keys")
				.fetchAs(String.class).all()));
		}
		return existing;
	}

}
