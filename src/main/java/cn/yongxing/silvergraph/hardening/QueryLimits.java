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
 * @param maxFilterDepth deepest nesting of input objects in a {@code where} ({@code AND}/{@code OR}/{@code NOT},
 *        {@code some}/{@code none}/{@code all}, {@code node} and the operator inputs each add a level)
 * @param maxFilterIn most values of one {@code in} list
 * @param maxFilterConditions most conditions (operator values) in one {@code where}; each also adds
 *        {@code defaultListSize} to the complexity, times the list sizes around its field
 */
@ConfigurationProperties("silvergraph.limits")
public record QueryLimits(@DefaultValue("15") int maxDepth, @DefaultValue("20000") int maxComplexity,
		@DefaultValue("30") int maxAliases, @DefaultValue("5000") int maxTokens,
		@DefaultValue("10") int defaultListSize, @DefaultValue("8") int maxFilterDepth,
		@DefaultValue("100") int maxFilterIn, @DefaultValue("100") int maxFilterConditions) {
}
