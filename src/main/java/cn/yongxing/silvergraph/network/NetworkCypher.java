package cn.yongxing.silvergraph.network;


import cn.yongxing.silvergraph.graph.CypherFiles;
import org.springframework.stereotype.Component;

/**
 * The network statements, read from {@code cypher/network/*.cypher} once at start-up (a missing
 * file stops the start). {@code {{links}}} in a statement is replaced by the shared link fragment.
 */
@Component
class NetworkCypher {

	final String node = load("node");

	final String allPartners = load("all-partners");

	final String partnerCount = load("partner-count");

	final String frontier = load("frontier");

	final String path = load("path");

	final String projectPartners = load("project-partners");

	final String projectEdges = load("project-edges");

	final String projectProfiles = load("project-profiles");

	final String betweennessPilot = load("betweenness-pilot");

	final String betweenness = load("betweenness");

	final String degree = load("degree");

	final String pageRank = load("pagerank");

	final String communities = load("communities");

	final String similarFirms = load("similar-firms");

	final String leaderCandidates = load("leader-candidates");

	final String recommendations = load("recommendations");

	private static String load(String name) {
		String text = read(name);
		return text.contains("{{links}}") ? text.replace("{{links}}", read("_links")) : text;
	}

	private static String read(String name) {
		return CypherFiles.load("network", name);
	}

}
