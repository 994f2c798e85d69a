package cn.yongxing.silvergraph.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.Joins;
import cn.yongxing.silvergraph.ingest.Dataset;
import cn.yongxing.silvergraph.ingest.DatasetImporter;
import cn.yongxing.silvergraph.support.CypherStatements;
import cn.yongxing.silvergraph.support.SyntheticDatasets;
import cn.yongxing.silvergraph.support.WritableGraphTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * An enterprise's patents connection read inside its parent's statement answers as its batch loader
 * does (pages, cursors, counts, the patents' own relations, errors), on a fixture of two firms
 * holding five and one patents, three of them filed the same day and one with no filing date.
 */
@WritableGraphTest
class PatentPageJoinIT {

	private static final String FIRMS = """
			key,name,local,source,excerpt
			ppj-a,专利连接甲企业,false,synthetic-tests,synthetic
			ppj-b,专利连接乙企业,false,synthetic-tests,synthetic
			""";

	private static final String PATENTS = """
			number,title,type,ipc,filed,granted,source,excerpt
			CN201810000001.4,专利一,INVENTION,,2018-06-17,,synthetic-tests,synthetic
			CN201310000001.1,专利二,INVENTION,,2018-06-17,,synthetic-tests,synthetic
			CN201010000001.8,专利三,UTILITY_MODEL,,2018-06-17,,synthetic-tests,synthetic
			CN202210000001.0,专利四,INVENTION,,2022-09-15,,synthetic-tests,synthetic
			CN201720000001.5,专利五,DESIGN,,,,synthetic-tests,synthetic
			CN202030000001.2,专利六,INVENTION,,2020-09-23,,synthetic-tests,synthetic
			""";

	private static final String HOLDS = """
			holder,patent,source,excerpt
			Enterprise:ppj-a,CN201810000001.4,synthetic-tests,synthetic
			Enterprise:ppj-a,CN201310000001.1,synthetic-tests,synthetic
			Enterprise:ppj-a,CN201010000001.8,synthetic-tests,synthetic
			Enterprise:ppj-a,CN202210000001.0,synthetic-tests,synthetic
			Enterprise:ppj-a,CN201720000001.5,synthetic-tests,synthetic
			Enterprise:ppj-b,CN202030000001.2,synthetic-tests,synthetic
			Enterprise:ppj-b,CN201810000001.4,synthetic-tests,synthetic
			""";

	private static final String CONCERNS = """
			subject,object,source,excerpt
			Patent:CN201810000001.4,Metal:Ag,synthetic-tests,synthetic
			Patent:CN202210000001.0,Product:ag-ingot,synthetic-tests,synthetic
			""";

	private static final String PAGE = """
			query($after: String, $first: Int) {
			  enterprises(where: {key: {startsWith: "ppj-"}}, orderBy: [{field: KEY}]) { edges { node { key
			    patents(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
			      edges { cursor node { key title filed holders { id ... on Enterprise { park { key } } }
			        concerns { id ... on Product { metal { key } } } } } } } } } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DatasetImporter importer;

	@Autowired
	Joins joins;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void fixture() {
		var report = importer.importDataset(new Dataset(Map.of("sources.csv", SyntheticDatasets.SOURCES,
				"enterprises.csv", FIRMS, "patents.csv", PATENTS, "holds.csv", HOLDS, "concerns.csv", CONCERNS)), false);
		assertThat(report.problems()).isEmpty();
	}

	private Map<String, Object> answer(Map<String, Object> variables) {
		var request = graphQl.document(PAGE);
		variables.forEach(request::variable);
		return request.execute().returnResponse().toMap();
	}

	private Map<String, Object> batched(Map<String, Object> variables) {
		joins.enabled(false);
		try {
			return answer(variables);
		}
		finally {
			joins.enabled(true);
		}
	}

	private long statements(Map<String, Object> variables) {
		long before = CypherStatements.sent(meters);
		answer(variables);
		return CypherStatements.sent(meters) - before;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> patentsOf(Map<String, Object> answer, int firm) {
		var edges = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) answer.get("data"))
			.get("enterprises")).get("edges");
		return (Map<String, Object>) ((Map<String, Object>) edges.get(firm).get("node")).get("patents");
	}

	@Test
	@SuppressWarnings("unchecked")
	void answersEveryPageAsTheBatchLoaderInOneStatement() {
		Map<String, Object> first = Map.of("first", 2);
		Map<String, Object> joined = answer(first);
		assertThat(joined).doesNotContainKey("errors").isEqualTo(batched(first));
		Map<String, Object> a = patentsOf(joined, 0);
		assertThat(a).containsEntry("totalCount", 5);
		assertThat((List<Map<String, Object>>) a.get("edges")).extracting(e -> ((Map<String, Object>) e.get("node")).get("key"))
			.containsExactly("CN202210000001.0", "CN201810000001.4");
		assertThat(statements(first)).isEqualTo(1);

		// the pages after, through the cursor the first returned, the same-day filings ordered by key
		String cursor = (String) ((Map<String, Object>) a.get("pageInfo")).get("endCursor");
		for (int page = 0; page < 3 && cursor != null; page++) {
			Map<String, Object> next = Map.of("first", 2, "after", cursor);
			Map<String, Object> answer = answer(next);
			assertThat(answer).as("page after " + cursor).doesNotContainKey("errors").isEqualTo(batched(next));
			assertThat(statements(next)).isEqualTo(1);
			Map<String, Object> pageInfo = (Map<String, Object>) patentsOf(answer, 0).get("pageInfo");
			cursor = Boolean.TRUE.equals(pageInfo.get("hasNextPage")) ? (String) pageInfo.get("endCursor") : null;
		}
		assertThat(cursor).as("three pages hold the five patents").isNull();

		// the default page size, left out or given as null alike, and a page larger than all
		assertThat(answer(Map.of())).isEqualTo(batched(Map.of()));
		java.util.HashMap<String, Object> nullFirst = new java.util.HashMap<>();
		nullFirst.put("first", null);
		assertThat(answer(nullFirst)).isEqualTo(batched(nullFirst));
		assertThat(answer(Map.of("first", 50))).isEqualTo(batched(Map.of("first", 50)));
	}

	@Test
	void leavesAPageTheLoaderRefusesToItSoTheErrorStaysOnTheField() {
		for (Map<String, Object> refused : List.of(Map.<String, Object>of("after", "not-a-cursor"),
				Map.<String, Object>of("first", -1), Map.<String, Object>of("first", 100_000))) {
			Map<String, Object> joined = answer(refused);
			assertThat(joined).as(refused.toString()).containsKey("errors").isEqualTo(batched(refused));
		}
	}

}
