package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every figure of the source article is read back through the GraphQL API, each with the Chinese
 * sentence it comes from.
 */
@GraphIntegrationTest
class SeedFidelityIT {

	private static final String ARTICLE = "永兴如何擦亮“中国银都”金字招牌";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void servesEveryMetalShareAndOutputOfTheArticleWithItsSourceSentence() {
		var response = graphQl.documentName("seedFacts").execute();
		List<Map<String, Object>> metals = response.path("metals").entityList(Map.class).get().stream()
			.map(m -> (Map<String, Object>) m).toList();

		assertShare(metals, "Ag", "NATIONAL", "OUTPUT", 0.179, "占全国的17.9%");
		assertShare(metals, "Bi", "GLOBAL", "OUTPUT", 0.27, "占全球的27%");
		assertShare(metals, "Te", "GLOBAL", "OUTPUT", 0.30, "占全球的30%");
		assertShare(metals, "PGM", "NATIONAL", "OUTPUT", 0.65, "占全国65%以上");
		assertShare(metals, "Re", "GLOBAL", "CAPACITY", 1.0 / 6, "占全球的六分之一");
		assertOutput(metals, "Ag", 4820, "高纯白银产量4820吨");
		assertOutput(metals, "Bi", 4800, "铋产量4800吨");
		assertOutput(metals, "Te", 300, "碲产量300吨");
	}

	@Test
	void servesTheClusterWideFiguresWithTheirSourceSentences() {
		var response = graphQl.documentName("seedFacts").execute();
		response.path("clusterStats.cluster.nickname").entity(String.class).isEqualTo("中国银都");
		List<Map<String, Object>> indicators = response.path("clusterStats.indicators").entityList(Map.class).get()
			.stream().map(m -> (Map<String, Object>) m).toList();
		assertIndicator(indicators, 0.815, "81.5%");
		assertIndicator(indicators, 30, "30 家");
		assertIndicator(indicators, 228000, "22.8 万吨");
		assertIndicator(indicators, 20, "20 多种");
		assertIndicator(indicators, 162, "162 件");
		assertIndicator(indicators, 24, "24 个");
		assertIndicator(indicators, 18, "18 家");
		assertIndicator(indicators, 0.73, "73%");
		assertIndicator(indicators, 0.88, "88%");
		assertIndicator(indicators, 425_000_000, "4.25 亿元");
		List<Map<String, Object>> goals = response.path("clusterStats.goals").entityList(Map.class).get()
			.stream().map(m -> (Map<String, Object>) m).toList();
		assertIndicator(goals, 10, "小巨人");
	}

	@SuppressWarnings("unchecked")
	private static void assertShare(List<Map<String, Object>> metals, String symbol, String scope, String basis,
			double value, String sentencePart) {
		var metal = metals.stream().filter(m -> m.get("symbol").equals(symbol)).findFirst().orElseThrow();
		var shares = (List<Map<String, Object>>) metal.get("shares");
		assertThat(shares).as("%s %s %s share", symbol, scope, basis).anySatisfy(s -> {
			assertThat(s.get("scope")).isEqualTo(scope);
			assertThat(s.get("basis")).isEqualTo(basis);
			assertThat(((Number) s.get("value")).doubleValue()).isCloseTo(value, org.assertj.core.data.Offset.offset(0.001));
			var sources = (List<Map<String, Object>>) s.get("sources");
			assertThat(sources).anySatisfy(src -> {
				assertThat(src.get("title")).isEqualTo(ARTICLE);
				assertThat(compact(src.get("excerpt"))).contains(compact(sentencePart));
			});
		});
	}

	@SuppressWarnings("unchecked")
	private static void assertOutput(List<Map<String, Object>> metals, String symbol, double tonnes, String sentencePart) {
		var metal = metals.stream().filter(m -> m.get("symbol").equals(symbol)).findFirst().orElseThrow();
		var outputs = (List<Map<String, Object>>) metal.get("outputs");
		assertThat(outputs).as("%s output", symbol).anySatisfy(o -> {
			assertThat(((Number) o.get("tonnes")).doubleValue()).isEqualTo(tonnes);
			assertThat(((Number) o.get("year")).intValue()).isEqualTo(2022);
			var sources = (List<Map<String, Object>>) o.get("sources");
			assertThat(sources).anySatisfy(src -> assertThat(compact(src.get("excerpt"))).contains(compact(sentencePart)));
		});
	}

	@SuppressWarnings("unchecked")
	private static void assertIndicator(List<Map<String, Object>> indicators, double value, String sentencePart) {
		assertThat(indicators).as("indicator %s (%s)", value, sentencePart).anySatisfy(i -> {
			assertThat(((Number) i.get("value")).doubleValue()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-6));
			var sources = (List<Map<String, Object>>) i.get("sources");
			assertThat(sources).anySatisfy(src -> assertThat(compact(src.get("excerpt"))).contains(compact(sentencePart)));
		});
	}

	private static String compact(Object text) {
		return String.valueOf(text).replaceAll("\\s+", "");
	}

}
