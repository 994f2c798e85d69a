package cn.yongxing.silvergraph.cluster;

import java.util.List;

import cn.yongxing.silvergraph.catalog.MetalOutput;
import cn.yongxing.silvergraph.catalog.MetalShare;

/** Figures of a cluster as a whole: counts from the graph and the reported indicators. */
public record ClusterStats(Cluster cluster, int localEnterprises, int outsideEnterprises, int metals, int products,
		int patents, int standards, int institutions, List<Indicator> indicators, List<Indicator> goals,
		List<MetalShare> shares, List<MetalOutput> outputs) {
}
