package cn.yongxing.silvergraph.network;

import java.util.List;

/**
 * A local enterprise ranked by its place in the cluster's partner network (链主 candidates).
 *
 * @param enterprise the enterprise
 * @param rank 1 for the most central
 * @param pageRank weighted PageRank in the whole partner network (0 without links)
 * @param betweenness betweenness centrality (how many shortest partner paths run through it)
 * @param partners number of partners
 * @param reasons why it ranks where it does, readable
 */
public record ChainLeader(Partner enterprise, int rank, double pageRank, double betweenness, int partners,
		List<String> reasons) {
}
