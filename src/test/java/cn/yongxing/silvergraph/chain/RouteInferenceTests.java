package cn.yongxing.silvergraph.chain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The inference along a chain's routes, on the shape of a silver chain. */
class RouteInferenceTests {

	// scrap -> concentrate -> dore; slime -> lead -> dore; dore -> electrolytic -> ingot -> powder -> paste
	private static final List<String> PRODUCTS = List.of("concentrate", "slime", "lead", "dore", "electrolytic", "ingot",
			"powder", "paste");

	private static final List<List<String>> EDGES = List.of(List.of("concentrate", "dore"), List.of("slime", "lead"),
			List.of("lead", "dore"), List.of("dore", "electrolytic"), List.of("electrolytic", "ingot"),
			List.of("ingot", "powder"), List.of("powder", "paste"));

	@Test
	void infersTheProductsOnEveryRouteIntoAVolumeProductButNotTheAlternativeRoutes() {
		var inferred = RouteInference.infer(PRODUCTS, EDGES, Set.of("concentrate", "slime"), List.of("ingot"), p -> false,
				p -> false);
		// two routes meet at dore: concentrate, slime and lead are each on one route only
		assertThat(inferred).containsOnlyKeys("dore", "electrolytic").containsValue("ingot");
	}

	@Test
	void stopsAtARecordedImportAndInfersNothingUpstreamOfIt() {
		var inferred = RouteInference.infer(PRODUCTS, EDGES, Set.of("concentrate", "slime"), List.of("ingot"), p -> false,
				"electrolytic"::equals);
		assertThat(inferred).isEmpty();
		var belowDore = RouteInference.infer(PRODUCTS, EDGES, Set.of("concentrate", "slime"), List.of("ingot"), p -> false,
				"dore"::equals);
		assertThat(belowDore).containsOnlyKeys("electrolytic");
	}

	@Test
	void leavesLinksWithEvidenceOfTheirOwnAndInfersNothingWithoutRecycledInputs() {
		var own = RouteInference.infer(PRODUCTS, EDGES, Set.of("concentrate", "slime"), List.of("ingot"), "dore"::equals,
				p -> false);
		assertThat(own).containsOnlyKeys("electrolytic");
		assertThat(RouteInference.infer(PRODUCTS, EDGES, Set.of(), List.of("ingot"), p -> false, p -> false)).isEmpty();
	}

	@Test
	void infersNothingDownstreamOfAVolumeProductAndSurvivesACycle() {
		var inferred = RouteInference.infer(PRODUCTS, EDGES, Set.of("concentrate"), List.of("electrolytic"), p -> false,
				p -> false);
		assertThat(inferred).containsOnlyKeys("dore");
		var cyclic = RouteInference.infer(List.of("a", "b", "c"), List.of(List.of("a", "b"), List.of("b", "a"), List.of("b", "c")),
				Set.of("a"), List.of("c"), p -> false, p -> false);
		assertThat(cyclic).isEmpty();
	}

}
