package cn.yongxing.silvergraph.chain;

import cn.yongxing.silvergraph.cluster.Indicator;
import org.jspecify.annotations.Nullable;

/**
 * How much of a scope the graph names: the local enterprises it holds against the firm count its
 * sources report (an indicator with counts LOCAL_FIRMS about the cluster or park).
 *
 * @param namedLocalFirms enterprises in the graph inside the scope
 * @param reportedLocalFirms the firm count the sources report (the newest, exact figures first), null when none is on record
 * @param reportedBy the indicator that reports it
 */
public record Coverage(int namedLocalFirms, @Nullable Integer reportedLocalFirms, @Nullable Indicator reportedBy) {

	/** namedLocalFirms / reportedLocalFirms, at most 1; null when no count is on record. */
	public @Nullable Double ratio() {
		return reportedLocalFirms == null || reportedLocalFirms <= 0 ? null
				: Math.min(1.0, (double) namedLocalFirms / reportedLocalFirms);
	}

}
