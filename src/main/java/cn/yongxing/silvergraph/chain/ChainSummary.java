package cn.yongxing.silvergraph.chain;

import cn.yongxing.silvergraph.catalog.Metal;
import org.jspecify.annotations.Nullable;

/**
 * One metal's chain in the cluster: links by status and the local processing rate.
 *
 * @param metal the metal
 * @param strong links made locally by several firms
 * @param weak links made by one firm, at pilot stage only, or short of local demand
 * @param missing links not made locally
 * @param localOutputT reported local output over the chain's links
 * @param outsideSuppliedT of which supplied outside the cluster
 * @param localProcessingRate 1 - outside-supplied / local output (就地加工率), null without output figures
 */
public record ChainSummary(Metal metal, int strong, int weak, int missing, @Nullable Double localOutputT,
		double outsideSuppliedT, @Nullable Double localProcessingRate) {
}
