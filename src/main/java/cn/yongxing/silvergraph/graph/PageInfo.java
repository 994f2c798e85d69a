package cn.yongxing.silvergraph.graph;

import org.jspecify.annotations.Nullable;

/** Relay page info. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
		@Nullable String endCursor) {
}
