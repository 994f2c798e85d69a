package cn.yongxing.silvergraph.enterprise;

import java.util.List;

import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/**
 * What an enterprise reported for one year ({@code (:Enterprise)-[:REPORTED]->(:Financials)}); money
 * in yuan, {@code debtRatio} as a fraction. Sensitive: served to ANALYST and above only.
 */
public record Financials(int year, @Nullable Double revenue, @Nullable Double mainBusinessRevenue,
		@Nullable Double rdExpense, @Nullable Double netProfit, @Nullable Double debtRatio,
		@Nullable Double equityRaised, @Nullable Integer employees, @Nullable Integer rdStaff, List<Source> sources) {
}
