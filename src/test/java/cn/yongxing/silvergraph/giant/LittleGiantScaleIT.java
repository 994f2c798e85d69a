package cn.yongxing.silvergraph.giant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;

import cn.yongxing.silvergraph.ingest.Dataset;
import cn.yongxing.silvergraph.ingest.DatasetImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Time to assess every enterprise of a 10,000-firm synthetic graph (3 years of financials each).
 * A measurement, not part of the default build: run with {@code -Dgiant.scale=true}.
 */
@SpringBootTest(properties = { "silvergraph.embedded.data-directory=target/it-neo4j/${random.uuid}",
		"silvergraph.embedded.bolt-port=0", "silvergraph.seed.enabled=false", "silvergraph.embedded.transaction-timeout=600s" })
@EnabledIfSystemProperty(named = "giant.scale", matches = "true")
class LittleGiantScaleIT {

	private static final Logger log = LoggerFactory.getLogger(LittleGiantScaleIT.class);

	private static final int FIRMS = 10_000;

	@Autowired
	DatasetImporter importer;

	@Autowired
	GiantService service;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	@Test
	void assessesTenThousandFirmsInOneFactsQuery() {
		var files = new LinkedHashMap<String, String>();
		files.put("sources.csv", "key,title,publisher,date,url,kind,note\nsyn,Synthetic scale graph,tests,2024,,SYNTHETIC,\n");
		StringBuilder firms = new StringBuilder("key,creditCode,name,nameEn,shortName,founded,employees,rdStaff,local,ownership,park,source,excerpt\n");
		StringBuilder fin = new StringBuilder("enterprise,year,revenue,mainBusinessRevenue,rdExpense,netProfit,debtRatio,equityRaised,employees,rdStaff,source,excerpt\n");
		for (int i = 0; i < FIRMS; i++) {
			firms.append("s%05d,,合成%05d,Synthetic %05d,,%d,,,true,PRIVATE,,syn,x\n".formatted(i, i, i, 2000 + i % 24));
			for (int y = 2021; y <= 2023; y++) {
				double revenue = 20e6 + (i % 200) * 1e6 + (y - 2021) * 3e6;
				fin.append("s%05d,%d,%.0f,%.0f,%.0f,%.0f,%.2f,0,200,%d,syn,x\n".formatted(i, y, revenue,
						revenue * (0.6 + (i % 40) / 100.0), revenue * (i % 7) / 100.0, revenue / 20, 0.3 + (i % 60) / 100.0, i % 90));
			}
		}
		files.put("enterprises.csv", firms.toString());
		files.put("financials.csv", fin.toString());
		long t0 = System.nanoTime();
		assertThat(importer.importDataset(new Dataset(files), false).problems()).isEmpty();
		long imported = System.nanoTime();
		service.assessLocal(null); // warm-up: query planning and JIT
		long[] runs = new long[3];
		for (int r = 0; r < runs.length; r++) {
			long s = System.nanoTime();
			var all = service.assessLocal(null);
			runs[r] = (System.nanoTime() - s) / 1_000_000;
			assertThat(all).hasSize(FIRMS);
		}
		long s = System.nanoTime();
		service.assessLocal("MIIT-2022-SPECIALIZED");
		long points = (System.nanoTime() - s) / 1_000_000;
		log.info("giant scale: import {} ms; assess {} firms (the default set in force today) {} / {} / {} ms; points table {} ms",
				(imported - t0) / 1_000_000, FIRMS, runs[0], runs[1], runs[2], points);
		var facts = meters.get("silvergraph.cypher").tag("query", "giant.factsOfAll").timer();
		System.out.printf("GIANT-SCALE import=%dms lg=%d/%d/%dms specialized=%dms factsQuery=%d calls, mean %.0fms%n",
				(imported - t0) / 1_000_000, runs[0], runs[1], runs[2], points, facts.count(),
				facts.mean(java.util.concurrent.TimeUnit.MILLISECONDS));
	}

}
