/**
 * The cluster itself: regions, zones and parks, cluster-wide figures, goals, shares and outputs, and {@code clusterStats}.
 */
@NullMarked
package cn.yongxing.silvergraph.cluster;

import org.jspecify.annotations.NullMarked;
