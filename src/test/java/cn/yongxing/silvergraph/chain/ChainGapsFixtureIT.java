package cn.yongxing.silvergraph.chain;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.ingest.DatasetImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Chain gaps on small synthetic chains ({@link ChainFixtures}), each answer computed by hand with the
 * default weights: importance I = (2 target + 1 stage + 1 upstream) / 4 with upstream = n / (n + 1);
 * MISSING = I, WEAK = I x weakness, INNOVATION = I x 0.5, LEAKAGE = (3 share + 1 stage + 2 target) / 6;
 * candidate score = (3 produces + 2 adjacency + 2 ties + 1 capacity + 1 partners + 1 patents
 * + 1 designations + 1 invested) / 12.
 */
@ChainFixtureTest
class ChainGapsFixtureIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DatasetImporter importer;

	@Autowired
	ChainRoles roles;

	@Autowired
	ChainGaps chainGaps;

	@BeforeEach
	void loadFixtures() {
		ChainFixtures.loadOnce(importer, chainGaps);
		graphQl = ChainFixtures.patient(graphQl);
	}

	@Test
	void reportsMissingPasteWhenATargetIsMadeAtNoLevelAndRanksTheOutsideBuyerOfLocalIngotsFirst() {
		// m-paste: a target with no production on record at any level; 2 local ingot makers upstream -> upstream 2/3;
		// stage 2/2 = 1; target 1: I = (2*1 + 1*1 + 1*2/3) / 4 = 0.91667; resting on what is not on record with no
		// firm count of the cluster on record: evidence 0.5 + 0.5 * 0.5 = 0.75 -> 0.6875.
		// Candidates: fx-paste-buyer makes it (1), buys 50 t from fx-ingot-1 (ties 1 -> 1/2), capacity 500 -> 500/600:
		// (3*1 + 2*0.5 + 1*0.8333) / 12 = 0.40278. fx-paste-other: (3 + 0.8333) / 12 = 0.31944.
		// fx-ingot-1 and -2 make the direct input (adjacency 1/1): 2 / 12 = 0.16667.
		var gaps = gaps(Map.of("metal", "Xm", "kinds", List.of("MISSING")));
		assertThat(gaps).hasSize(1);
		var gap = gaps.getFirst();
		assertThat(gap.get("kind")).isEqualTo("MISSING");
		assertThat(path(gap, "product", "key")).isEqualTo("m-paste");
		assertThat(num(gap.get("severity"))).isCloseTo(0.6875, within(1e-4));
		assertThat(gap.get("basis")).isEqualTo("NONE");
		assertThat((String) gap.get("reasonEn")).contains("M paste (Deep processing) is a development target",
				"no production of it in the cluster is on record at any level", "holds no total firm count",
				"2 local firm(s)", "Ingot One (M ingot)", "synthetic fixture",
				"supplies of that input to firms outside the cluster are on record: Ingot One → Paste Buyer (50 t of m-ingot, 2023)",
				"Known producers outside the cluster: 2");
		assertThat((String) gap.get("reasonZh")).contains("M浆（深加工）是发展目标", "都没有其生产记录", "甲锭一厂（M锭）");
		List<Map<String, Object>> candidates = list(gap.get("candidates"));
		assertThat(candidates).extracting(c -> path(c, "enterprise", "key"))
			.containsExactly("fx-paste-buyer", "fx-paste-other", "fx-ingot-1", "fx-ingot-2");
		assertThat(candidates).extracting(c -> c.get("action")).containsExactly("ATTRACT", "ATTRACT", "EXTEND", "EXTEND");
		assertThat(candidates).extracting(c -> num(c.get("score")))
			.containsExactly(0.40278, 0.31944, 0.16667, 0.16667);
		assertThat(list(candidates.getFirst().get("reasons")).toString()).contains("already buys from local firms: Ingot One",
				"M ingot, 50 t");
		List<Map<String, Object>> edges = list(path(gap, "evidence", "edges"));
		assertThat(edges).extracting(e -> e.get("type") + " " + path(e, "from", "id"))
			.containsExactlyInAnyOrder("PRODUCES Enterprise:fx-ingot-1", "PRODUCES Enterprise:fx-ingot-2",
					"SUPPLIES Enterprise:fx-ingot-1", "TARGETS Cluster:fx-cluster");
		assertThat(list(edges.getFirst().get("sources")).getFirst().get("kind")).isEqualTo("SYNTHETIC");
	}

	@Test
	void reportsSingleProducerPilotOnlyAndShortCapacityLinksAsWeak() {
		// w-gel: pilot only (weakness 1); upstream 2 ingot makers -> I = (0 + 1 + 2/3) / 4 = 0.41667.
		// w-powder: one producer (weakness 0.6) -> 0.41667 * 0.6 = 0.25.
		// w-ingot: two producers with 60 + 40 = 100 t/a for 100 + 50 = 150 t of local paste -> weakness 1 - 100/150
		// = 1/3; I = (0 + 0.5 + 0) / 4 = 0.125 -> 0.041667. w-paste: two producers, nothing downstream -> no WEAK gap.
		var gaps = gaps(Map.of("metal", "Xw", "kinds", List.of("WEAK")));
		assertThat(gaps).extracting(g -> path(g, "product", "key")).containsExactly("w-gel", "w-powder", "w-ingot");
		assertThat(gaps).extracting(g -> num(g.get("severity"))).containsExactly(0.41667, 0.25, 0.04167);
		assertThat((String) gaps.get(0).get("reasonEn")).contains("W Gel Pilot, work at pilot stage");
		assertThat((String) gaps.get(1).get("reasonEn")).contains("one local firm only is on record making it: W Powder Works");
		assertThat((String) gaps.get(2).get("reasonEn")).contains("local capacity of 100 t/a is below the 150 t");
		assertThat((String) gaps.get(2).get("reasonZh")).contains("本地产能 100 吨/年低于下游本地企业产量 150 吨");
	}

	@Test
	void reportsLeakageWhenEightyPercentOfOutputIsSoldOutsideButNotForty() {
		// l-ingot: 100 t made, 80 t to fx-leak-out (outside), 20 t local -> share 0.8 > 0.5; stage 1/2; the cluster
		// targets Xl for local processing -> (3*0.8 + 1*0.5 + 2*1) / 6 = 0.81667. l-bar: 40 of 100 t -> 0.4, no gap.
		var gaps = gaps(Map.of("metal", "Xl", "kinds", List.of("LEAKAGE")));
		assertThat(gaps).hasSize(1);
		assertThat(path(gaps.getFirst(), "product", "key")).isEqualTo("l-ingot");
		assertThat(num(gaps.getFirst().get("severity"))).isCloseTo(0.81667, within(1e-4));
		assertThat((String) gaps.getFirst().get("reasonEn")).contains("80% of the L ingot made in the cluster (80 of 100 t)",
				"L Outside Buyer", "local processing rate of this link is 20%");
		List<Map<String, Object>> edges = list(path(gaps.getFirst(), "evidence", "edges"));
		assertThat(edges).anySatisfy(e -> {
			assertThat(e.get("type")).isEqualTo("SUPPLIES");
			assertThat(path(e, "to", "id")).isEqualTo("Enterprise:fx-leak-out");
			assertThat(e.get("detail")).isEqualTo("80 t of l-ingot, 2023");
		});
	}

	@Test
	void reportsInnovationGapWhereNoLocalPatentOrStandardConcernsALocalProduct() {
		// i-ingot: two local makers, no patents: I = (0 + 0.5 + 0) / 4 = 0.125 -> x 0.5 = 0.0625.
		// i-wire: fx-i-wire-1 holds CN202310000001.5 concerning it -> no INNOVATION gap.
		var gaps = gaps(Map.of("metal", "Xi", "kinds", List.of("INNOVATION")));
		assertThat(gaps).extracting(g -> path(g, "product", "key")).containsExactly("i-ingot");
		assertThat(num(gaps.getFirst().get("severity"))).isCloseTo(0.0625, within(1e-4));
		assertThat(gaps(Map.of("metal", "Xi", "kinds", List.of("MISSING", "WEAK")))).isEmpty();
	}

	@Test
	void scopingToOneParkTurnsAnotherParksProducerIntoACandidateToAttract() {
		// Cluster: s-paste has one local maker (park B) -> WEAK, not MISSING.
		assertThat(gaps(Map.of("metal", "Xs"))).extracting(g -> g.get("kind") + " " + path(g, "product", "key"))
			.contains("WEAK s-paste")
			.doesNotContain("MISSING s-paste");
		// Park A: s-paste, a target of the cluster, is made at no level in it while fx-s-ingot (park A) makes its
		// input -> MISSING, severity (2*1 + 1 + 1/2) / 4 = 0.875 x evidence 0.75 (no firm count of the park on record)
		// = 0.65625; fx-s-paste (park B, outside the scope) is to be attracted: 3 / 12 = 0.25.
		var inParkA = gaps(Map.of("metal", "Xs", "parkId", "Park:fx-park-a", "kinds", List.of("MISSING")));
		assertThat(inParkA).hasSize(1);
		assertThat(num(inParkA.getFirst().get("severity"))).isCloseTo(0.65625, within(1e-4));
		assertThat((String) inParkA.getFirst().get("reasonEn")).contains("S paste (Deep processing) is a development target",
				"no production of it in Park A is on record at any level");
		assertThat(list(inParkA.getFirst().get("candidates"))).extracting(c -> path(c, "enterprise", "key") + " " + c.get("action"))
			.startsWith("fx-s-paste ATTRACT");
		// The zone holds both parks: s-paste is made inside it again.
		assertThat(gaps(Map.of("metal", "Xs", "parkId", "fx-zone", "kinds", List.of("MISSING")))).isEmpty();
	}

	@Test
	void filtersByMinimumSeverity() {
		assertThat(gaps(Map.of("metal", "Xw", "minSeverity", 0.3))).allSatisfy(g -> assertThat(num(g.get("severity"))).isGreaterThanOrEqualTo(0.3))
			.extracting(g -> path(g, "product", "key")).contains("w-gel").doesNotContain("w-ingot");
	}

	@Test
	void readsAClusterFigureWithNoNamedProducerAsStrongInfersTheOnlyRouteIntoItAndLeavesTheRestUnknown() {
		var links = links("Xc");
		// c-ingot: 20 % of national output (weight >= 5 %), nobody named; c-dore: on every route into it
		assertThat(links.get("c-ingot")).containsEntry("status", "STRONG").containsEntry("basis", "CLUSTER_FIGURES");
		assertThat(num(links.get("c-ingot").get("clusterShare"))).isEqualTo(0.2);
		assertThat(num(links.get("c-ingot").get("clusterOutputT"))).isEqualTo(500.0);
		assertThat(links.get("c-dore")).containsEntry("status", "STRONG").containsEntry("basis", "INFERRED");
		assertThat(path(links.get("c-dore"), "inferredFrom", "key")).isEqualTo("c-ingot");
		assertThat((String) links.get("c-dore").get("explanation")).contains("inferred: on every route into C ingot");
		// two alternative routes: neither is inferred, nothing says either way
		assertThat(links.get("c-conc")).containsEntry("status", "UNKNOWN").containsEntry("basis", "NONE");
		assertThat(links.get("c-slime")).containsEntry("status", "UNKNOWN");
		assertThat((String) links.get("c-conc").get("explanation")).contains("no evidence either way");
		assertThat(links.get("c-paste")).containsEntry("status", "MISSING").containsEntry("basis", "NONE");
		// gaps: the target (I = (2 + 1 + 0) / 4 = 0.75, x 0.75 = 0.5625); innovation gaps on the figure
		// (c-ingot: target credit 0.5 -> (2*0.5 + 2/3) / 4 x 0.5 x evidence 0.9 = 0.1875) and on the inference
		// (c-dore: (1/3) / 4 x 0.5 x evidence 0.75 = 0.03125); nothing on the unknown links
		var gaps = gaps(Map.of("metal", "Xc"));
		assertThat(gaps).extracting(g -> g.get("kind") + " " + path(g, "product", "key") + " " + num(g.get("severity")))
			.containsExactly("MISSING c-paste 0.5625", "INNOVATION c-ingot 0.1875", "INNOVATION c-dore 0.03125");
		assertThat((String) gaps.get(1).get("reasonEn")).contains("the output of Fixture Xc of the cluster is 500 t, 20% of national output");
		assertThat((String) gaps.get(2).get("reasonEn")).contains("inferred: C dore lies on every route of the chain into C ingot");
		assertThat((String) gaps.get(2).get("reasonZh")).contains("推断：C粗锭位于产业链通往C锭");
		assertThat(gaps).allSatisfy(g -> assertThat((String) g.get("reasonEn")).doesNotContain("unprocessed", "leaves"));
	}

	@Test
	void turnsAnInferredLinkIntoAMissingOneWhenAnImportOfItIsRecorded() {
		var links = links("Xd");
		assertThat(links.get("d-ingot")).containsEntry("status", "STRONG");
		assertThat(links.get("d-dore")).containsEntry("status", "MISSING").containsEntry("basis", "FIRM_RECORDS");
		assertThat(links.get("d-conc")).containsEntry("status", "UNKNOWN");
		// I = (0 + 1/3 + 0) / 4 = 0.08333, on records
		var missing = gaps(Map.of("metal", "Xd", "kinds", List.of("MISSING")));
		assertThat(missing).extracting(g -> path(g, "product", "key") + " " + num(g.get("severity"))).containsExactly("d-dore 0.08333");
		assertThat((String) missing.getFirst().get("reasonEn")).contains(
				"Firms in the cluster buy D dore (Refining) from outside: D Seller → D Buyer (30 t of d-dore, 2023)");
	}

	@Test
	void readsAClusterOutputWithoutShareAsWeakOnTheFigure() {
		assertThat(links("Xo").get("o-ingot")).containsEntry("status", "WEAK").containsEntry("basis", "CLUSTER_FIGURES");
		// I = (0 + 0.5 + 0) / 4 = 0.125 x weakness 0.5 x evidence 0.9 = 0.05625
		var weak = gaps(Map.of("metal", "Xo", "kinds", List.of("WEAK")));
		assertThat(weak).extracting(g -> path(g, "product", "key") + " " + num(g.get("severity"))).containsExactly("o-ingot 0.05625");
		assertThat((String) weak.getFirst().get("reasonEn")).contains("the output of Fixture Xo of the cluster is 10 t",
				"no national, global or provincial share is on record to weigh it");
	}

	private Map<String, Map<String, Object>> links(String metal) {
		var stages = graphQl.documentName("chainLinks").variable("metal", metal).execute()
			.path("industryChain.stages").entityList(Map.class).get();
		Map<String, Map<String, Object>> links = new java.util.TreeMap<>();
		for (Map<?, ?> stage : stages) {
			for (Object p : (List<?>) stage.get("products")) {
				Map<?, ?> product = (Map<?, ?>) p;
				@SuppressWarnings("unchecked")
				Map<String, Object> link = (Map<String, Object>) product.get("chainLink");
				links.put((String) product.get("key"), link);
			}
		}
		return links;
	}

	@Test
	void rejectsUnknownMetalUnknownParkAndSeverityOutsideZeroToOne() {
		assertBadInput(Map.of("metal", "Qq"), "No metal with symbol 'Qq'");
		assertBadInput(Map.of("parkId", "Park:nowhere"), "No park with id 'Park:nowhere'");
		assertBadInput(Map.of("parkId", "Enterprise:fx-ingot-1"), "is not a Park id");
		assertBadInput(Map.of("minSeverity", 1.5), "minSeverity must be between 0 and 1");
	}

	@Test
	void showsEachLinkStatusInTheChainMap() {
		var stages = graphQl.documentName("chainLinks").variable("metal", "Xw").execute()
			.path("industryChain.stages").entityList(Map.class).get();
		Map<String, String> status = new java.util.TreeMap<>();
		for (Map<?, ?> stage : stages) {
			for (Object p : (List<?>) stage.get("products")) {
				Map<?, ?> product = (Map<?, ?>) p;
				status.put((String) product.get("key"), (String) ((Map<?, ?>) product.get("chainLink")).get("status"));
			}
		}
		assertThat(status).containsExactlyInAnyOrderEntriesOf(
				Map.of("w-ingot", "WEAK", "w-paste", "STRONG", "w-powder", "WEAK", "w-gel", "WEAK"));
		var leak = graphQl.documentName("chainLinks").variable("metal", "Xl").execute()
			.path("industryChain.stages[0].products[0].chainLink").entity(Map.class).get();
		assertThat(num(leak.get("outsideSupplyShare"))).isEqualTo(0.8);
		assertThat(num(leak.get("localOutputT"))).isEqualTo(100.0);
	}

	@Test
	void givesEachLocalEnterpriseItsChainRole() {
		var result = roles.rolesOf(List.of("fx-w-paste-1", "fx-w-powder", "fx-paste-buyer", "no-such-firm"));
		assertThat(result.get("fx-w-paste-1").role()).isEqualTo(ChainRole.Role.STRONG_LINK);
		assertThat(result.get("fx-w-paste-1").strongProducts()).containsExactly("w-paste");
		assertThat(result.get("fx-w-powder").role()).isEqualTo(ChainRole.Role.FILLS_GAP);
		assertThat(result.get("fx-w-powder").gapProducts()).containsExactly("w-powder");
		assertThat(result.get("fx-paste-buyer").role()).isEqualTo(ChainRole.Role.NONE);
		assertThat(result.get("no-such-firm").role()).isEqualTo(ChainRole.Role.NONE);
	}

	private void assertBadInput(Map<String, Object> variables, String message) {
		var request = graphQl.documentName("chainGaps");
		variables.forEach(request::variable);
		request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getMessage()).contains(message);
			assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
		}));
	}

	private List<Map<String, Object>> gaps(Map<String, Object> variables) {
		GraphQlTester.Request<?> request = graphQl.documentName("chainGaps");
		variables.forEach(request::variable);
		return list(request.execute().path("chainGaps").entity(List.class).get());
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	static Object path(Object value, String... keys) {
		Object current = value;
		for (String key : keys) {
			current = ((Map<String, Object>) current).get(key);
		}
		return current;
	}

	static double num(Object value) {
		return Math.round(((Number) value).doubleValue() * 100000) / 100000.0;
	}

}
