/**
 * Partner networks: who works with whom (collaborations, joint projects, co-held patents,
 * co-drafted standards, supply links), bounded k-hop networks, shortest paths, common partners,
 * chain leaders and communities from Neo4j Graph Data Science, partner recommendations, and export
 * to GraphML, GEXF and CSV.
 */
@NullMarked
package cn.yongxing.silvergraph.network;

import org.jspecify.annotations.NullMarked;
