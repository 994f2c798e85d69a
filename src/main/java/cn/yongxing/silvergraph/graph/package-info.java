/**
 * Shared kernel of the read side: global node ids, provenance ({@link cn.yongxing.silvergraph.graph.Source}),
 * Relay connection types, and {@link cn.yongxing.silvergraph.graph.GraphReader}, through which every
 * feature runs its read queries (read transactions, batching, statement metrics), and
 * {@link cn.yongxing.silvergraph.graph.Joins}, which reads a request's selected relation fields inside
 * the statement that fetches their parents.
 */
@NullMarked
package cn.yongxing.silvergraph.graph;

import org.jspecify.annotations.NullMarked;
