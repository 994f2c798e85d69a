package cn.yongxing.silvergraph.chain;

import java.util.List;

import cn.yongxing.silvergraph.catalog.Metal;
import org.jspecify.annotations.Nullable;

/**
 * One metal's chain in the cluster: links by status, the local processing rate, and how much of the
 * chain the graph's named firms account for.
 *
 * @param metal the metal
 * @param strong links made locally in weight
 * @param weak links made by one firm on record, at pilot stage only, short of local demand, or with a figure of no weight
 * @param missing links with positive evidence that they are not made locally
 * @param unknown links with no evidence either way
 * @param localOutputT reported local output over the chain's links
 * @param outsideSuppliedT of which supplied outside the cluster
 * @param localProcessingRate 1 - outside-supplied / local output (就地加工率), null without output figures
 * @param clusterOutputT the cluster's latest output of the metal, when on record
 * @param clusterShare the cluster's largest output share of the metal, when on record
 * @param clusterShareScope NATIONAL, GLOBAL or PROVINCIAL
 * @param namedOutputT output the named producers report for the links the cluster figure concerns
 * @param namedShareOfClusterOutput namedOutputT / clusterOutputT, null without both
 * @param coverage named local firms against the firm count the sources report
 */
public record ChainSummary(Metal metal, int strong, int weak, int missing, int unknown, @Nullable Double localOutputT,
		double outsideSuppliedT, @Nullable Double localProcessingRate, @Nullable Double clusterOutputT,
		@Nullable Double clusterShare, @Nullable String clusterShareScope, @Nullable Double namedOutputT,
		@Nullable Double namedShareOfClusterOutput, Coverage coverage) {

	/** The summary of one chain's links (not empty). */
	static ChainSummary of(List<ChainLinks.Link> chain) {
		int[] counts = new int[LinkStatus.values().length];
		Double output = null;
		double outside = 0;
		Double clusterOutput = null;
		Double share = null;
		String shareScope = null;
		Double named = null;
		for (var link : chain) {
			counts[link.assessment().status().ordinal()]++;
			var f = link.facts();
			Double base = f.localOutputT() == null && f.suppliedT() == 0 ? null
					: Math.max(f.localOutputT() == null ? 0 : f.localOutputT(), f.suppliedT());
			if (base != null) {
				output = (output == null ? 0 : output) + base;
				outside += f.outsideSuppliedT();
			}
			if (f.clusterOutputT() != null) {
				clusterOutput = clusterOutput == null ? f.clusterOutputT() : Math.max(clusterOutput, f.clusterOutputT());
				if (f.localOutputT() != null) {
					named = (named == null ? 0 : named) + f.localOutputT();
				}
			}
			if (f.clusterShare() != null && (share == null || f.clusterShare() > share)) {
				share = f.clusterShare();
				shareScope = f.clusterShareScope();
			}
		}
		Double rate = output == null || output == 0 ? null : 1 - Math.min(1, outside / output);
		Double namedShare = named == null || clusterOutput == null || clusterOutput <= 0 ? null : Math.min(1, named / clusterOutput);
		return new ChainSummary(chain.getFirst().metal(), counts[LinkStatus.STRONG.ordinal()],
				counts[LinkStatus.WEAK.ordinal()], counts[LinkStatus.MISSING.ordinal()], counts[LinkStatus.UNKNOWN.ordinal()],
				output, outside, rate, clusterOutput, share, shareScope, named, namedShare, chain.getFirst().coverage());
	}

}
