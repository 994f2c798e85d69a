package cn.yongxing.silvergraph.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The read API on the seed: lookups, filters, ordering, keyset paging, node ids, errors. */
@GraphIntegrationTest
class ReadApiIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void findsAnEnterpriseByIdNameAndEnglishNameWithItsParkHierarchyAndSources() {
		for (String args : List.of("id: \"Enterprise:tengchi\"", "name: \"湖南腾驰环保科技有限公司\"",
				"name: \"Hunan Tengchi Environmental Technology Co., Ltd.\"")) {
			graphQl.document("{ enterprise(" + args + ") { key park { key parent { key } } sources { title excerpt } } }")
				.execute()
				.path("enterprise.key").entity(String.class).isEqualTo("tengchi")
				.path("enterprise.park.key").entity(String.class).isEqualTo("bailin-park")
				.path("enterprise.sources[0].excerpt").entity(String.class)
				.satisfies(e -> assertThat(e).contains("腾驰"));
		}
	}

	@Test
	void resolvesAnyNodeByGlobalId() {
		graphQl.document("""
				{ a: node(id: "Metal:Ag") { id ... on Metal { nameZh } }
				  b: node(id: "Institution:cas") { id ... on Institution { name } }
				  c: node(id: "Enterprise:no-such-firm") { id } }""")
			.execute()
			.path("a.nameZh").entity(String.class).isEqualTo("银")
			.path("b.name").entity(String.class).isEqualTo("中国科学院")
			.path("c").valueIsNull();
	}

	@Test
	void rejectsAMalformedIdWithBadUserInput() {
		graphQl.document("{ node(id: \"nonsense\") { id } }").execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.getFirst().getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			assertThat(errors.getFirst().getMessage()).contains("Enterprise:tengchi");
		});
	}

	@Test
	void filtersEnterprisesByLocalityMetalParkAndDesignation() {
		assertThat(keys("{local: false}")).containsExactlyInAnyOrder("sino-platinum", "shengda", "gem", "lvsheng",
				"dongjiang", "dk-em", "fusion", "goodark", "boqian", "juxing", "hongfeng", "fuda", "kaili", "xiandao-xicai",
				"emei-semi", "qingyuan-xiandao", "tongling-rpm");
		assertThat(keys("{metal: \"Ag\", local: true}")).contains("zhenghetong", "unnamed-pv-silver")
			.doesNotContain("xiongfeng");
		assertThat(keys("{park: \"Park:yongxing-edz\"}")).contains("tengchi", "jinye", "zhenghetong");
		assertThat(keys("{park: \"bailin-park\"}")).containsExactlyInAnyOrder("tengchi", "pengkun");
		assertThat(keys("{nameContains: \"xiongfeng\"}")).containsExactly("xiongfeng");
		assertThat(keys("{nameContains: \"鹏琨\"}")).containsExactly("pengkun");
	}

	@Test
	void pagesForwardAndBackwardWithKeysetCursorsWithoutGapsOrRepeats() {
		var all = page("first: 100", null);
		var seen = new java.util.ArrayList<String>();
		String after = null;
		do {
			var p = page("first: 5" + (after == null ? "" : ", after: \"" + after + "\""), null);
			seen.addAll(p.keys());
			after = p.hasNext() ? p.endCursor() : null;
		}
		while (after != null);
		assertThat(seen).isEqualTo(all.keys());
		var last = page("last: 3", null);
		assertThat(last.keys()).isEqualTo(all.keys().subList(all.keys().size() - 3, all.keys().size()));
		var before = page("last: 3, before: \"" + last.startCursor() + "\"", null);
		assertThat(before.keys()).isEqualTo(all.keys().subList(all.keys().size() - 6, all.keys().size() - 3));
	}

	@Test
	void ordersByFoundedAndLatestOutputWithNullsLast() {
		var byName = page("first: 100, orderBy: [{field: NAME, direction: DESC}]", null).keys();
		assertThat(byName).hasSize(25);
		var names = graphQl.document("{ enterprises(first: 100, orderBy: [{field: NAME, direction: DESC}]) { edges { node { name } } } }")
			.execute().path("enterprises.edges[*].node.name").entityList(String.class).get();
		// Chinese names sort by pinyin (their stored collation key), not by code point
		assertThat(names).isSortedAccordingTo(
				java.util.Comparator.comparing(cn.yongxing.silvergraph.search.SearchText::sortKey).reversed());
	}

	@Test
	void rejectsMalformedCursorsAndOversizedPages() {
		graphQl.document("{ enterprises(first: 5, after: \"!!not-a-cursor\") { edges { cursor } } }").execute().errors()
			.satisfy(errors -> assertThat(errors.getFirst().getExtensions()).containsEntry("code", "BAD_USER_INPUT"));
		graphQl.document("{ enterprises(first: 100000) { edges { cursor } } }").execute().errors()
			.satisfy(errors -> assertThat(errors.getFirst().getMessage()).contains("maximum"));
	}

	@Test
	void computesTotalCountOnlyWhenAsked() {
		graphQl.document("{ enterprises(first: 2, where: {local: true}) { totalCount edges { node { key } } } }")
			.execute()
			.path("enterprises.totalCount").entity(Integer.class).isEqualTo(8)
			.path("enterprises.edges").entityList(Object.class).hasSize(2);
	}

	@Test
	void servesTheSilverChainWithStagesInOrderAndLocalAndOutsideProducers() {
		var response = graphQl.document("""
				{ industryChain(metal: "Ag") { metal { symbol } stages { order kind products { key
				    localProducers { enterprise { key } status } outsideProducers { enterprise { key } } } } } }""")
			.execute();
		response.path("industryChain.stages[*].order").entityList(Integer.class).containsExactly(1, 2, 3, 4, 5, 6, 7);
		List<Map<String, Object>> deep = response.path("industryChain.stages[5].products").entityList(Map.class).get()
			.stream().map(m -> (Map<String, Object>) m).toList();
		var paste = deep.stream().filter(p -> p.get("key").equals("ag-paste")).findFirst().orElseThrow();
		assertThat(paste.get("localProducers").toString()).contains("unnamed-pv-silver", "PILOT");
		assertThat(paste.get("outsideProducers").toString()).contains("dk-em", "fusion", "goodark");
	}

	private List<String> keys(String where) {
		return graphQl.document("{ enterprises(first: 100, where: " + where + ") { edges { node { key } } } }")
			.execute()
			.path("enterprises.edges[*].node.key")
			.entityList(String.class)
			.get();
	}

	private record Page(List<String> keys, boolean hasNext, String startCursor, String endCursor) {
	}

	private Page page(String args, String unused) {
		var r = graphQl.document("{ enterprises(" + args
				+ ") { edges { node { key } } pageInfo { hasNextPage startCursor endCursor } } }").execute();
		return new Page(r.path("enterprises.edges[*].node.key").entityList(String.class).get(),
				r.path("enterprises.pageInfo.hasNextPage").entity(Boolean.class).get(),
				r.path("enterprises.pageInfo.startCursor").entity(String.class).get(),
				r.path("enterprises.pageInfo.endCursor").entity(String.class).get());
	}

}
