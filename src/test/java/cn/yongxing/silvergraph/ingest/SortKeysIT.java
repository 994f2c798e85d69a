package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.support.WritableGraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A firm another program writes into the database without the collation key (no {@code nameSort}):
 * counted by a name-sorted list at once, listed on its pages once the sweep has given it its key.
 */
@WritableGraphTest
class SortKeysIT {

	@Autowired
	SortKeys sortKeys;

	@Autowired
	Driver driver;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void listsAFirmWrittenWithoutItsCollationKeyOnceTheSweepHasWrittenIt() {
		driver.executableQuery("""
				MERGE (e:Enterprise:Searchable {key: 'sk-outside'})
				SET e.name = '乙外部写入企业', e.local = false""").execute();
		String page = """
				{ enterprises(where: {key: {startsWith: "sk-"}}, orderBy: [{field: NAME}], first: 10) {
				    totalCount edges { node { key } } } }""";
		graphQl.document(page).execute().path("enterprises.totalCount").entity(Integer.class).isEqualTo(1);

		assertThat(sortKeys.sweep()).isPositive();

		var after = graphQl.document(page).execute();
		after.path("enterprises.totalCount").entity(Integer.class).isEqualTo(1);
		after.path("enterprises.edges[*].node.key").entityList(String.class).containsExactly("sk-outside");
		List<Object> keys = driver.executableQuery("MATCH (e:Enterprise {key: 'sk-outside'}) RETURN e.nameSort AS k")
			.execute().records().stream().map(r -> r.get("k").asObject()).toList();
		assertThat(keys).singleElement().isInstanceOf(String.class);
		// a second sweep finds nothing left to write
		assertThat(sortKeys.sweep()).isZero();
		driver.executableQuery("MATCH (e:Enterprise {key: 'sk-outside'}) DETACH DELETE e").withParameters(Map.of()).execute();
	}

}
