package cn.yongxing.silvergraph.network;

import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Partner networks, paths, chain leaders, communities and recommendations. */
@Controller
class NetworkController {

	private final PartnerNetworks networks;

	private final PartnerRecommender recommender;

	NetworkController(PartnerNetworks networks, PartnerRecommender recommender) {
		this.networks = networks;
		this.recommender = recommender;
	}

	@QueryMapping
	PartnerNetwork partnerNetwork(@Argument String id, @Argument @Nullable Integer depth,
			@Argument @Nullable List<LinkKind> kinds, @Argument @Nullable Integer maxNodes,
			DataFetchingFieldSelectionSet selection) {
		PartnerNetwork network = networks.network(id, depth, kinds, maxNodes);
		// PageRank costs a projection: only when asked for, and only where GDS is installed
		if (selection.contains("nodes/centrality") && networks.capabilities().gds()) {
			return networks.withCentrality(network);
		}
		return network;
	}

	@QueryMapping
	@Nullable GraphPath shortestPath(@Argument String fromId, @Argument String toId,
			@Argument @Nullable Integer maxLength, @Argument @Nullable List<LinkKind> kinds) {
		return networks.shortestPath(fromId, toId, maxLength, kinds);
	}

	@QueryMapping
	List<CommonPartner> commonPartners(@Argument String a, @Argument String b,
			@Argument @Nullable List<LinkKind> kinds) {
		return networks.commonPartners(a, b, kinds);
	}

	@QueryMapping
	List<ChainLeader> chainLeaders(@Argument @Nullable String metal, @Argument @Nullable Integer first) {
		return networks.chainLeaders(metal, first);
	}

	@QueryMapping
	List<PartnerCommunity> partnerCommunities(@Argument @Nullable Integer minSize) {
		return networks.communities(minSize);
	}

	@QueryMapping
	List<PartnerRecommendation> partnerRecommendations(@Argument String enterpriseId,
			@Argument @Nullable Integer first) {
		return recommender.recommend(enterpriseId, first == null ? 10 : first);
	}

	@QueryMapping
	Capabilities capabilities() {
		return networks.capabilities();
	}

	/** A partner link's fact in the language asked for (the GraphQL enum Lang: ZH or EN). */
	@SchemaMapping(typeName = "Evidence")
	String fact(Evidence evidence, @Argument String lang) {
		return "ZH".equals(lang) ? evidence.factZh() : evidence.fact();
	}

	@SchemaMapping(typeName = "PartnerNetwork")
	List<PartnerRecommendation> recommendations(PartnerNetwork network, @Argument @Nullable Integer first) {
		String root = network.root();
		return root == null || !root.startsWith("Enterprise:") ? List.of()
				: recommender.recommend(root, first == null ? 5 : first);
	}

}
