package cn.yongxing.silvergraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yongxing.silvergraph.support.GraphIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Search reaches enterprises by Chinese, English and pinyin in every common spelling. */
@GraphIntegrationTest
class SearchIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest
	@ValueSource(strings = { "腾驰", "湖南腾驰", "tengchi", "Tengchi", "teng chi", "téng chí", "teng2chi2", "Hunan Tengchi" })
	void findsTengchiFirstByAnySpellingOfItsName(String text) {
		graphQl.document("query($t: String!) { search(text: $t, types: [ENTERPRISE]) { node { id } } }")
			.variable("t", text)
			.execute()
			.path("search[0].node.id").entity(String.class).isEqualTo("Enterprise:tengchi");
	}

	@Test
	void findsInstitutionsAndStandardsAndFiltersByType() {
		graphQl.document("{ search(text: \"中南大学\") { type node { id } } }").execute()
			.path("search[0].node.id").entity(String.class).isEqualTo("Institution:csu");
		graphQl.document("{ search(text: \"铋废料\", types: [STANDARD]) { type node { id } } }").execute()
			.path("search[*].type").entityList(String.class).satisfies(t -> assertThat(t).isNotEmpty().containsOnly("STANDARD"));
	}

	@Test
	void treatsLuceneAndCypherSyntaxInTheTextAsPlainText() {
		for (String hostile : new String[] { "\") MATCH (n) DETACH DELETE n //", "a:b OR *", "~~~", "((" }) {
			graphQl.document("query($t: String!) { search(text: $t) { node { id } } }").variable("t", hostile).execute()
				.errors().verify();
		}
		graphQl.document("{ search(text: \"tengchi\") { node { id } } }").execute()
			.path("search[0].node.id").entity(String.class).isEqualTo("Enterprise:tengchi");
	}

	@Test
	void refusesTextOverTheIndexClauseLimitAsBadInput() {
		// 200 distinct CJK characters: the full-text index makes a clause of each, over Lucene's limit
		StringBuilder text = new StringBuilder();
		for (int c = 0x4E00; text.length() < 200; c += 7) {
			text.appendCodePoint(c);
		}
		graphQl.document("query($t: String!) { search(text: $t) { score } }").variable("t", text.toString()).execute()
			.errors().satisfy(errors -> org.assertj.core.api.Assertions.assertThat(errors).isNotEmpty()
				.allSatisfy(e -> org.assertj.core.api.Assertions.assertThat(String.valueOf(e.getExtensions().get("code")))
					.isNotEqualTo("INTERNAL_ERROR")));
	}

}
