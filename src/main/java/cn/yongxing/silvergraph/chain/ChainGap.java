package cn.yongxing.silvergraph.chain;

import java.util.List;

import cn.yongxing.silvergraph.catalog.Metal;
import cn.yongxing.silvergraph.catalog.Product;
import org.jspecify.annotations.Nullable;

/**
 * A gap of a chain in a scope (the cluster or one park): its kind, severity, explanation and evidence.
 *
 * @param id stable id: scope, metal, product and kind
 * @param kind MISSING, WEAK, LEAKAGE or INNOVATION
 * @param severity in [0, 1]
 * @param factors the factors and weights behind the severity
 * @param metal the chain's metal
 * @param product the link
 * @param stage the link's stage in the chain
 * @param reasonZh explanation in Chinese
 * @param reasonEn explanation in English
 * @param evidence the nodes and edges it rests on
 * @param park the scope park's key, null for the cluster
 */
public record ChainGap(String id, GapKind kind, double severity, List<Factor> factors, Metal metal, Product product,
		ChainStage stage, String reasonZh, String reasonEn, GapEvidence evidence, @Nullable String park) {
}
