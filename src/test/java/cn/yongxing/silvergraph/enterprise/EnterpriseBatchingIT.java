package cn.yongxing.silvergraph.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yongxing.silvergraph.ingest.DatasetImporter;
import cn.yongxing.silvergraph.support.CypherStatements;
import cn.yongxing.silvergraph.support.SyntheticDatasets;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * One nested query over many enterprises costs a fixed number of Cypher statements, whatever the
 * number of parents: every nested list is batched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "silvergraph.embedded.data-directory=target/it-neo4j/${random.uuid}",
				"silvergraph.embedded.bolt-port=0",
				"silvergraph.embedded.transaction-timeout=120s", "spring.test.webtestclient.timeout=60s", "silvergraph.seed.enabled=false" })
@AutoConfigureHttpGraphQlTester
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnterpriseBatchingIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	MeterRegistry meters;

	@BeforeAll
	void loadFixture(@Autowired DatasetImporter importer) {
		var report = importer.importDataset(SyntheticDatasets.firms(60, 12), false);
		assertThat(report.problems()).isEmpty();
	}

	@Test
	void sendsTheSameSmallNumberOfStatementsFor5And50EnterprisesWithProductsAndPatents() {
		// one statement for the page plus one per nested field selected (9 here), never one per parent
		long forFive = statementsFor(5);
		long forFifty = statementsFor(50);
		assertThat(forFifty).isEqualTo(forFive).isLessThanOrEqualTo(10);
	}

	@Test
	void pagesPatentsPerEnterpriseWithTotalCount() {
		graphQl.documentName("enterprisesWithProductsAndPatents").variable("first", 2).execute()
			.path("enterprises.edges[0].node.patents.totalCount").entity(Integer.class).isEqualTo(12)
			.path("enterprises.edges[0].node.patents.edges").entityList(Object.class).hasSize(10)
			.path("enterprises.edges[0].node.patents.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
			.path("enterprises.edges[0].node.products").entityList(Object.class).hasSize(2);
	}

	private long statementsFor(int first) {
		long before = CypherStatements.sent(meters);
		graphQl.documentName("enterprisesWithProductsAndPatents").variable("first", first).execute()
			.path("enterprises.edges").entityList(Object.class).hasSize(first);
		return CypherStatements.sent(meters) - before;
	}

}
