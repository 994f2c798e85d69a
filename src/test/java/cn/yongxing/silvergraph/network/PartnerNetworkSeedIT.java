package cn.yongxing.silvergraph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Partner networks and recommendations on the real seed (facts from the source article). */
@GraphIntegrationTest
class PartnerNetworkSeedIT {

	HttpGraphQlTester graphQl;

	@Autowired
	void setGraphQl(HttpGraphQlTester tester) {
		this.graphQl = tester.mutate()
			.webTestClient(client -> client.responseTimeout(java.time.Duration.ofSeconds(120)))
			.responseTimeout(java.time.Duration.ofSeconds(120))
			.build();
	}

	@Test
	void linksTheCasPilotEnterpriseToTheChineseAcademyOfSciencesWithTheArticleSentence() {
		var response = graphQl.documentName("partnerNetwork").variable("id", "Enterprise:unnamed-pv-silver").execute();
		response.path("partnerNetwork.nodes[*].id").entityList(String.class)
			.containsExactly("Enterprise:unnamed-pv-silver", "Institution:cas");
		List<Map<String, Object>> edges = response.path("partnerNetwork.edges").entityList(Map.class).get().stream()
			.map(e -> (Map<String, Object>) e).toList();
		assertThat(edges).extracting(e -> e.get("kind")).containsExactlyInAnyOrder("COLLABORATION", "JOINT_PROJECT");
		assertThat(edges).allSatisfy(edge -> assertThat((List<Map<String, Object>>) edge.get("evidence"))
			.flatExtracting(ev -> (List<Map<String, Object>>) ev.get("sources"))
			.extracting(s -> (String) s.get("excerpt"))
			.anySatisfy(excerpt -> assertThat(excerpt).contains("光伏银粉银浆料制备").contains("中试")));
	}

	@Test
	void showsTengchiAloneBecauseTheArticleNamesNoPartnerOfItsProjects() {
		var response = graphQl.documentName("partnerNetwork").variable("id", "Enterprise:tengchi").execute();
		response.path("partnerNetwork.nodes[*].id").entityList(String.class).containsExactly("Enterprise:tengchi");
		response.path("partnerNetwork.edges").entityList(Object.class).hasSize(0);
		response.path("partnerNetwork.truncated").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void pointsTheSilverIngotMakerToTheAcademyAlreadyActiveOnSilver() {
		var response = graphQl.document("""
				{ partnerRecommendations(enterpriseId: "Enterprise:zhenghetong") {
				    partner { id } score reasons { kind detail } } }""").execute();
		response.path("partnerRecommendations[0].partner.id").entity(String.class).isEqualTo("Institution:cas");
		response.path("partnerRecommendations[0].reasons[*].kind").entityList(String.class).contains("SAME_METAL");
		response.path("partnerRecommendations[0].reasons[*].detail").entityList(String.class)
			.satisfies(details -> assertThat(details).anySatisfy(d -> assertThat(d).contains("银")));
	}

	@Test
	void rejectsANonPartnerIdWithABadUserInputError() {
		graphQl.document("{ partnerNetwork(id: \"Metal:Ag\") { depth } }").execute().errors().satisfy(
				errors -> assertThat(errors).singleElement().satisfies(
						e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
	}

}
