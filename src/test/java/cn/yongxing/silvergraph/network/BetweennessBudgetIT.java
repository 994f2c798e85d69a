package cn.yongxing.silvergraph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.ingest.DatasetImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The estimated betweenness on the partner-network fixture with the exact limit set below its size
 * (4 of its actors): a pilot from 2 sources, then as many as the budget holds, capped at 4; the
 * chain leaders then say that their betweenness is an estimate and from how many sources.
 */
@SpringBootTest(properties = { "silvergraph.embedded.data-directory=target/it-neo4j/budget-${random.uuid}",
		"silvergraph.embedded.bolt-port=0", "silvergraph.seed.enabled=false",
		"silvergraph.embedded.transaction-timeout=120s", "silvergraph.network.exact-betweenness-up-to=4",
		"silvergraph.network.betweenness-pilot=2", "silvergraph.network.betweenness-budget=120s" })
class BetweennessBudgetIT {

	private static boolean loaded;

	@Autowired
	DatasetImporter importer;

	@Autowired
	GraphDataScience gds;

	@Autowired
	NetworkCypher cypher;

	@Autowired
	PartnerNetworks networks;

	@BeforeEach
	void loadFixture() {
		if (!loaded) {
			PartnerNetworkFixtureIT.importFixture(importer);
			loaded = true;
		}
	}

	@Test
	void estimatesFromAsManySourcesAsTheBudgetHoldsAndTheLeadersSaySo() {
		gds.shared("partners", cypher.projectPartners, PartnerNetworks.wholeNetwork(), (graph, nodes) -> {
			assertThat(nodes).isGreaterThan(4);
			PartnerNetworks.Betweenness estimate = networks.betweenness(graph, nodes);
			// a budget of two minutes holds more than the cap of 4 sources on a dozen nodes
			assertThat(estimate.sources()).isEqualTo(4);
			assertThat(estimate.scores()).hasSize(nodes.intValue());
			assertThat(estimate.scores().stream().mapToDouble(Map.Entry::getValue).sum()).isPositive();
			return null;
		});
		List<ChainLeader> leaders = networks.chainLeaders("Ag", 10);
		assertThat(leaders).isNotEmpty();
		List<String> brokers = leaders.stream().flatMap(l -> l.reasons().stream()).filter(r -> r.startsWith("broker:")).toList();
		assertThat(brokers).allSatisfy(r -> assertThat(r).matches(
				"broker: betweenness about [0-9.]+ \\(partner paths run through it; estimated from 4 of \\d+ actors as sources\\)"));
	}

}
