package cn.yongxing.silvergraph.graph;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A Relay connection page. {@code totalCount} is computed only when a client selects it.
 *
 * @param <T> node type
 * @param scope for a connection below a node (such as {@code Enterprise.patents}), the nodes it ranges
 *     over, so that its {@code aggregate} and {@code groupBy} cover them; null for a root list
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Supplier<@Nullable Integer> totalCountSupplier,
		@Nullable Scope scope) {

	public Connection(List<Edge<T>> edges, PageInfo pageInfo, Supplier<@Nullable Integer> totalCountSupplier) {
		this(edges, pageInfo, totalCountSupplier, null);
	}

	/**
	 * The nodes a connection below a node ranges over: those {@code (:label {key})-[:type]->(n)} reaches
	 * (or {@code <-[:type]-} when not {@code outgoing}).
	 */
	public record Scope(String label, String key, String type, boolean outgoing) {
	}

	/** The same page ranging over {@code scope}. */
	public Connection<T> within(Scope scope) {
		return new Connection<>(edges, pageInfo, totalCountSupplier, scope);
	}

	/** One edge: a node and the opaque cursor that points just after it. */
	public record Edge<T>(T node, String cursor) {
	}

	public @Nullable Integer totalCount() {
		return totalCountSupplier.get();
	}

	/** The same page with every node transformed; cursors and page info are kept. */
	public <R> Connection<R> map(Function<T, R> f) {
		return new Connection<>(edges.stream().map(e -> new Edge<>(f.apply(e.node()), e.cursor())).toList(), pageInfo,
				totalCountSupplier, scope);
	}

	public List<T> nodes() {
		return edges.stream().map(Edge::node).toList();
	}

	/**
	 * Builds a page from rows fetched with one extra row beyond {@code size}: that extra row only tells
	 * whether there is more in the direction of travel.
	 */
	public static <T> Connection<T> page(List<T> fetched, int size, boolean backward, boolean hasCursor,
			Function<T, String> cursorOf, Supplier<@Nullable Integer> totalCount) {
		boolean more = fetched.size() > size;
		List<T> rows = more ? fetched.subList(0, size) : fetched;
		if (backward) {
			rows = rows.reversed();
		}
		List<Edge<T>> edges = rows.stream().map(n -> new Edge<>(n, cursorOf.apply(n))).toList();
		PageInfo info = new PageInfo(backward ? hasCursor : more, backward ? more : hasCursor,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
		return new Connection<>(edges, info, totalCount);
	}

}
