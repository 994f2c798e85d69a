package cn.yongxing.silvergraph.hardening;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Upper bounds on one GraphQL document, checked before any Cypher runs.
 *
 * @param maxDepth deepest nesting of fields
 * @param maxComplexity largest cost: each field costs the product of the list sizes around it
 *        ({@code first}/{@code last}, or {@code defaultListSize} for unbounded lists)
 * @param maxAliases most aliased fields (aliases multiply work without nesting)
 * @param maxTokens most lexical tokens (guards the parser itself)
 * @param defaultListSize assumed size of a list field without a {@code first}/{@code last} argument
 */
@ConfigurationProperties("silvergraph.limits")
public record QueryLimits(@DefaultValue("15") int maxDepth, @DefaultValue("20000") int maxComplexity,
		@DefaultValue("30") int maxAliases, @DefaultValue("5000") int maxTokens,
		@DefaultValue("10") int defaultListSize) {
}
