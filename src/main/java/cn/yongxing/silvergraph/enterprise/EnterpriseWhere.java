package cn.yongxing.silvergraph.enterprise;

import org.jspecify.annotations.Nullable;

/** Filters of {@code enterprises(where:)}; all given conditions must hold. */
public record EnterpriseWhere(@Nullable String nameContains, @Nullable String park, @Nullable String metal,
		@Nullable String product, @Nullable String stage, @Nullable String designation, @Nullable Boolean local,
		@Nullable String region) {
}
