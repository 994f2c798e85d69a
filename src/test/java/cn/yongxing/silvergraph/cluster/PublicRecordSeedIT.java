package cn.yongxing.silvergraph.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The real seed through the public API as a promoter uses it: figures that sources report differently
 * come back side by side with their sources, the one analyses use marked; the silver gaps have outside
 * firms to attract, each with a city; firms already in the cluster are never proposed afresh.
 */
@GraphIntegrationTest
class PublicRecordSeedIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void returnsEveryReported2022SilverOutputWithItsSourceAndMarksTheMoreSpecificOneAsUsed() {
		var outputs = maps(query("silverFigures").path("metal.outputs").entityList(Map.class).get());
		List<Map<String, Object>> y2022 = outputs.stream().filter(o -> ((Number) o.get("year")).intValue() == 2022).toList();
		assertThat(y2022).extracting(o -> ((Number) o.get("tonnes")).intValue()).containsExactlyInAnyOrder(4820, 4220);
		assertThat(y2022).allSatisfy(o -> {
			assertThat(o.get("conflicting")).isEqualTo(true);
			assertThat(maps((List<?>) o.get("sources"))).isNotEmpty();
			assertThat(maps((List<?>) o.get("conflictsWith"))).hasSize(1);
		});
		var article = byTonnes(y2022, 4820);
		var rednet = byTonnes(y2022, 4220);
		assertThat(article.get("preferred")).isEqualTo(true);
		assertThat(article.get("definition")).asString().contains("高纯白银");
		assertThat(source(article).get("key")).isEqualTo("hnrb-2023-yongxing");
		assertThat(rednet.get("preferred")).isEqualTo(false);
		assertThat(rednet.get("rank")).isEqualTo(2);
		assertThat(source(rednet).get("url")).asString().startsWith("https://english.rednet.cn/");
		assertThat(source(rednet).get("date")).isEqualTo("2023-11-28");
		assertThat(path(maps((List<?>) rednet.get("conflictsWith")).getFirst(), "tonnes")).isEqualTo(4820.0);
		// an output no other source disputes is alone and used
		assertThat(maps(query("telluriumOutputs").path("metal.outputs").entityList(Map.class).get())).isNotEmpty()
			.allSatisfy(o -> {
				assertThat(o.get("conflicting")).isEqualTo(false);
				assertThat(o.get("preferred")).isEqualTo(true);
			});
	}

	@Test
	void returnsDisagreeingSharesAndFirmCountsSideBySideAndAgreeingOnesUnflagged() {
		var silverShares = maps(query("silverFigures").path("metal.shares").entityList(Map.class).get()).stream()
			.filter(s -> ((Number) s.get("year")).intValue() == 2022)
			.toList();
		assertThat(silverShares).extracting(s -> ((Number) s.get("value")).doubleValue()).containsExactlyInAnyOrder(0.179, 0.25);
		assertThat(silverShares).allSatisfy(s -> assertThat(s.get("conflicting")).isEqualTo(true));
		var figures = query("clusterFigures");
		var indicators = maps(figures.path("clusterStats.indicators").entityList(Map.class).get());
		var kinds = indicators.stream().filter(i -> "metal-kinds".equals(i.get("measure"))).toList();
		assertThat(kinds).extracting(i -> ((Number) i.get("value")).intValue()).containsExactlyInAnyOrder(20, 30);
		assertThat(kinds).allSatisfy(i -> assertThat(i.get("conflicting")).isEqualTo(true));
		assertThat(kinds).filteredOn(i -> i.get("preferred").equals(true)).hasSize(1);
		// the article's 30 consolidated recovery firms and Rednet's 30 main recovery firms agree
		var firms = indicators.stream().filter(i -> "recovery-firms".equals(i.get("measure"))).toList();
		assertThat(firms).hasSize(2).allSatisfy(i -> assertThat(i.get("conflicting")).isEqualTo(false));
		var outputs = maps(figures.path("clusterStats.outputs").entityList(Map.class).get());
		assertThat(outputs).filteredOn(o -> path(o, "metal", "symbol").equals("Ag") && ((Number) o.get("year")).intValue() == 2022)
			.hasSize(2)
			.allSatisfy(o -> assertThat(o.get("conflicting")).isEqualTo(true));
	}

	@Test
	void offersAnOutsideFirmWithACityToAttractForSilverPastePowderAndContactsNoneAlreadyInYongxing() {
		var gaps = maps(query("silverCandidates").path("chainGaps").entityList(Map.class).get());
		for (String product : List.of("ag-paste", "ag-powder", "ag-contact")) {
			var attract = gaps.stream().filter(g -> path(g, "product", "key").equals(product))
				.flatMap(g -> maps((List<?>) g.get("candidates")).stream())
				.filter(c -> c.get("action").equals("ATTRACT") && path(c, "enterprise", "city", "name") != null)
				.toList();
			assertThat(attract).as("ATTRACT candidates with a city for %s", product).isNotEmpty()
				.allSatisfy(c -> assertThat(path(c, "enterprise", "local")).isEqualTo(false));
			// what makes it a candidate is a cited PRODUCES fact with a page address
			String id = "Enterprise:" + path(attract.getFirst(), "enterprise", "key");
			var products = maps(graphQl.documentName("publicRecord").operationName("producerSources").variable("id", id)
				.execute().path("node.products").entityList(Map.class).get());
			assertThat(products).anySatisfy(p -> {
				assertThat(path(p, "product", "key")).isEqualTo(product);
				assertThat(maps((List<?>) p.get("sources"))).isNotEmpty()
					.allSatisfy(s -> assertThat(s.get("url")).asString().startsWith("http"));
			});
		}
		// a firm with an investment fact in the cluster is extended, never attracted afresh
		var all = gaps.stream().flatMap(g -> maps((List<?>) g.get("candidates")).stream()).toList();
		assertThat(all).filteredOn(c -> c.get("action").equals("ATTRACT"))
			.allSatisfy(c -> assertThat(maps((List<?>) path(c, "enterprise", "investments"))).isEmpty());
		assertThat(all).filteredOn(c -> path(c, "enterprise", "key").equals("sino-platinum"))
			.allSatisfy(c -> assertThat(c.get("action")).isEqualTo("EXTEND"));
	}

	@Test
	void filtersEnterprisesByRegionIncludingTheRegionsInsideIt() {
		assertThat(keysIn("zhejiang")).containsExactlyInAnyOrder("juxing", "hongfeng");
		assertThat(keysIn("Region:wenzhou")).containsExactlyInAnyOrder("juxing", "hongfeng");
		assertThat(keysIn("jiangsu")).containsExactlyInAnyOrder("dk-em", "fusion", "goodark", "boqian");
		assertThat(keysIn("yongxing")).contains("tengchi", "zhenghetong", "yongxing-guiyan").doesNotContain("dk-em");
		var lab = graphQl.documentName("publicRecord").operationName("institutionRegions").execute();
		lab.path("node.region.key").entity(String.class).isEqualTo("foshan");
		lab.path("node.region.parent.key").entity(String.class).isEqualTo("guangdong");
	}

	private GraphQlTester.Response query(String operation) {
		return graphQl.documentName("publicRecord").operationName(operation).execute();
	}

	private List<String> keysIn(String region) {
		return maps(graphQl.documentName("publicRecord").operationName("enterprisesIn").variable("region", region).execute()
			.path("enterprises.edges").entityList(Map.class).get()).stream().map(e -> (String) path(e, "node", "key")).toList();
	}

	private static Map<String, Object> byTonnes(List<Map<String, Object>> outputs, int tonnes) {
		return outputs.stream().filter(o -> ((Number) o.get("tonnes")).intValue() == tonnes).findFirst().orElseThrow();
	}

	private static Map<String, Object> source(Map<String, Object> figure) {
		return maps((List<?>) figure.get("sources")).getFirst();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(List<?> list) {
		return (List<Map<String, Object>>) list;
	}

	@SuppressWarnings("unchecked")
	private static Object path(Object value, String... keys) {
		Object current = value;
		for (String key : keys) {
			current = current == null ? null : ((Map<String, Object>) current).get(key);
		}
		return current;
	}

}
