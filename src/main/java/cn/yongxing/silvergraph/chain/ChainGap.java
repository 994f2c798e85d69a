package cn.yongxing.silvergraph.chain;

import java.util.List;

import cn.yongxing.silvergraph.catalog.Metal;
import cn.yongxing.silvergraph.catalog.Product;
import org.jspecify.annotations.Nullable;

/**
 * A gap of a chain in a scope (the cluster or one park): its kind and severity, and the facts of its
 * link. Its reason and evidence quote the firms behind the facts, read when asked for
 * ({@link ChainGaps#details}).
 *
 * @param id stable id: scope, metal, product and kind
 * @param kind MISSING, WEAK, LEAKAGE or INNOVATION
 * @param severity in [0, 1]
 * @param factors the factors and weights behind the severity
 * @param metal the chain's metal
 * @param product the link
 * @param stage the link's stage in the chain
 * @param facts the facts of the link in the scope
 * @param basis what the link's status rests on
 * @param inference the inference along the chain it rests on, when its basis is INFERRED
 * @param coverage how much of the scope the graph names
 * @param scope the cluster or one park
 */
public record ChainGap(String id, GapKind kind, double severity, List<Factor> factors, Metal metal, Product product,
		ChainStage stage, LinkFacts facts, StatusBasis basis, GapRules.@Nullable Inference inference, Coverage coverage,
		GapReasons.Scope scope) {

	/** The scope park's key, null for the cluster. */
	public @Nullable String park() {
		return scope.park();
	}

}
