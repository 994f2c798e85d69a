package cn.yongxing.silvergraph.network;

import java.util.List;

/**
 * A group of actors more linked to each other than to the rest (Louvain).
 *
 * @param id community number, stable within one answer only
 * @param size number of members
 * @param members the enterprises and institutions in it
 */
public record PartnerCommunity(int id, int size, List<Partner> members) {
}
