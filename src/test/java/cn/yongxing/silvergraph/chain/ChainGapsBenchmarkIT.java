package cn.yongxing.silvergraph.chain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.yongxing.silvergraph.ingest.Dataset;
import cn.yongxing.silvergraph.ingest.DatasetImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The median time of {@code chainGaps} with candidates on a synthetic chain of 10,000 enterprises
 * (metal Xb: 7 stages x 3 products, 60 % local in four parks, one product each, 5,000 supply links).
 * Shares the fixture context; its own metal keeps it apart from the other fixtures. Minutes on a
 * busy machine, so it runs only when asked: {@code mvn verify -Dsilvergraph.benchmark=true}.
 */
@ChainFixtureTest
@EnabledIfSystemProperty(named = "silvergraph.benchmark", matches = "true")
class ChainGapsBenchmarkIT {

	static final int ENTERPRISES = 10_000;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DatasetImporter importer;

	@Autowired
	ChainGaps chainGaps;

	@Test
	void measuresTheMedianTimeOfChainGapsOnTenThousandEnterprises() {
		for (Dataset part : generate(new Random(10_000))) {
			assertThat(importer.importDataset(part, false).problems()).isEmpty();
		}
		ChainFixtures.warm(chainGaps);
		var tester = ChainFixtures.patient(graphQl);
		String query = """
				{ chainGaps(metal: "Xb") { id kind severity candidates { enterprise { key } action score } } }""";
		int gaps = tester.document(query).execute().path("chainGaps").entityList(Map.class).get().size(); // plans
		assertThat(gaps).isGreaterThan(10);
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			tester.document(query).execute().path("chainGaps").entityList(Map.class).hasSize(gaps);
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		long p50 = millis.stream().sorted().toList().get(millis.size() / 2);
		System.out.println("chainGaps(metal: Xb) on " + ENTERPRISES + " enterprises, " + gaps + " gaps: p50 " + p50
				+ " ms over " + millis);
		assertThat(p50).isLessThan(30_000);
	}

	/** A synthetic dataset in parts of at most 2,500 enterprises; every row cites the SYNTHETIC fixture source. */
	static List<Dataset> generate(Random random) {
		String src = ",fx,synthetic benchmark";
		Map<String, String> files = new LinkedHashMap<>();
		files.put("sources.csv", "key,title,publisher,date,url,kind,note\nfx,Synthetic test fixture,tests,,,SYNTHETIC,Invented for tests\n");
		files.put("metals.csv", "symbol,name,nameZh,group,source,excerpt\nXb,Benchmark metal,基准金属,PRECIOUS" + src + "\n");
		files.put("chains.csv", "key,metal,name,nameEn,source,excerpt\nchain-xb,Xb,基准链,Benchmark chain" + src + "\n");
		StringBuilder parks = new StringBuilder("key,name,nameEn,kind,layout,status,parent,region,source,excerpt\n");
		for (int i = 0; i < 4; i++) {
			parks.append("xb-park-").append(i).append(",基准园").append(i).append(",Bench park ").append(i)
				.append(",PARK,CURRENT,ACTIVE,,").append(src).append('\n');
		}
		files.put("parks.csv", parks.toString());
		StringBuilder stages = new StringBuilder("key,chain,order,kind,name,nameEn,source,excerpt\n");
		StringBuilder products = new StringBuilder("key,name,nameZh,metal,stages,purity,basis,source,excerpt\n");
		StringBuilder feeds = new StringBuilder("from,to,basis,source,excerpt\n");
		String[] kinds = { "COLLECTION", "PRETREATMENT", "SMELTING", "REFINING", "HIGH_PURITY", "DEEP_PROCESSING", "APPLICATION" };
		for (int s = 1; s <= 7; s++) {
			stages.append("xb-").append(s).append(",chain-xb,").append(s).append(',').append(kinds[s - 1])
				.append(",阶段").append(s).append(",Stage ").append(s).append(src).append('\n');
			for (int i = 0; i < 3; i++) {
				products.append(product(s, i)).append(",Product ").append(s).append('-').append(i).append(",产品")
					.append(s).append('-').append(i).append(",Xb,xb-").append(s).append(",,TEMPLATE").append(src).append('\n');
				if (s < 7) {
					feeds.append("Product:").append(product(s, i)).append(',').append(product(s + 1, i)).append(",TEMPLATE").append(src).append('\n');
					feeds.append("Product:").append(product(s, i)).append(',').append(product(s + 1, (i + 1) % 3)).append(",TEMPLATE").append(src).append('\n');
				}
			}
		}
		files.put("stages.csv", stages.toString());
		files.put("products.csv", products.toString());
		files.put("feeds.csv", feeds.toString());
		StringBuilder enterprises = new StringBuilder("key,creditCode,name,nameEn,shortName,founded,employees,rdStaff,local,ownership,park,source,excerpt\n");
		StringBuilder produces = new StringBuilder("enterprise,product,capacityT,outputT,year,purity,status,source,excerpt\n");
		String[] made = new String[ENTERPRISES];
		for (int n = 0; n < ENTERPRISES; n++) {
			boolean local = n % 10 < 6;
			enterprises.append("xb-e").append(n).append(",,基准企业").append(n).append(",Bench firm ").append(n)
				.append(",,,,,").append(local).append(",PRIVATE,").append(local ? "xb-park-" + n % 4 : "").append(src).append('\n');
			made[n] = product(1 + random.nextInt(7), random.nextInt(3));
			int capacity = 10 + random.nextInt(990);
			produces.append("xb-e").append(n).append(',').append(made[n]).append(',').append(capacity).append(',')
				.append(capacity * 4 / 5).append(",2023,,").append(n % 17 == 0 ? "PILOT" : "PRODUCTION").append(src).append('\n');
		}
		List<Dataset> parts = new ArrayList<>();
		parts.add(new Dataset(files));
		List<String> enterpriseRows = enterprises.toString().lines().toList();
		List<String> producesRows = produces.toString().lines().toList();
		for (int from = 1; from <= ENTERPRISES; from += 2_500) {
			int to = Math.min(ENTERPRISES + 1, from + 2_500);
			parts.add(new Dataset(Map.of("enterprises.csv", String.join("\n", enterpriseRows.getFirst(), String.join("\n", enterpriseRows.subList(from, to))) + "\n",
					"produces.csv", String.join("\n", producesRows.getFirst(), String.join("\n", producesRows.subList(from, to))) + "\n")));
		}
		StringBuilder supplies = new StringBuilder("from,to,product,volumeT,year,source,excerpt\n");
		for (int i = 0; i < ENTERPRISES / 2; i++) {
			int from = random.nextInt(ENTERPRISES);
			int to = random.nextInt(ENTERPRISES);
			if (from != to) {
				supplies.append("xb-e").append(from).append(",xb-e").append(to).append(',').append(made[from]).append(',')
					.append(1 + random.nextInt(200)).append(",2023").append(src).append('\n');
			}
		}
		parts.add(new Dataset(Map.of("supplies.csv", supplies.toString())));
		return parts;
	}

	private static String product(int stage, int i) {
		return "xb-" + stage + "-" + i;
	}

}
