package cn.yongxing.silvergraph.network;

import java.util.List;

/**
 * A partner two actors share.
 *
 * @param partner the shared partner
 * @param linksToA its links with the first actor
 * @param linksToB its links with the second actor
 */
public record CommonPartner(Partner partner, List<PartnerLink> linksToA, List<PartnerLink> linksToB) {
}
