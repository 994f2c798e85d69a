package cn.yongxing.silvergraph.network;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A network as one export file holds it, with what part of the whole it is. The network around an
 * actor is one file ({@code totalNodes} null); the whole cluster comes complete or in pages of
 * partners, the most linked first: a page holds its partners, every link from them to partners of the
 * same or earlier pages, and those earlier partners ({@code earlier}), so the pages together hold
 * every partner and every link exactly once.
 *
 * @param network the partners and links in the file
 * @param offset index of the page's first partner in the cluster's order (0 around an actor)
 * @param pageNodes partners of this page (earlier ones not counted)
 * @param totalNodes partners of the whole cluster, null for a network around an actor
 * @param nextOffset offset of the next page, null when this is the last
 * @param truncated whether the file holds less than the whole (more pages, or a network cut at its cap)
 * @param earlier global ids of earlier pages' partners named here because links reach them
 */
record NetworkFile(PartnerNetwork network, int offset, int pageNodes, @Nullable Integer totalNodes,
		@Nullable Integer nextOffset, boolean truncated, Set<String> earlier) {

	static NetworkFile around(PartnerNetwork network) {
		return new NetworkFile(network, 0, network.nodes().size(), null, null, network.truncated(), Set.of());
	}

	/** What the file is, in words, for formats whose metadata is free text (GEXF). */
	String description() {
		String what = network.root() == null ? "Partner network of the cluster" : "Partner network around " + network.root();
		StringBuilder text = new StringBuilder(what).append("; truncated=").append(truncated);
		if (totalNodes != null) {
			text.append("; offset=").append(offset).append("; pageNodes=").append(pageNodes).append("; totalNodes=")
				.append(totalNodes);
			if (nextOffset != null) {
				text.append("; nextOffset=").append(nextOffset);
			}
		}
		return text.toString();
	}

}
