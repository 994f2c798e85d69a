package cn.yongxing.silvergraph.chain;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.yongxing.silvergraph.ingest.Dataset;
import cn.yongxing.silvergraph.ingest.DatasetImporter;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small named synthetic chains (source kind SYNTHETIC), one metal per scenario, each with two stages
 * (order 1 and 2, so the stage factor is 0.5 and 1):
 * <ul>
 * <li>Xm "missing": ingots made by two local firms in park A, no local paste maker; outside paste
 * makers fx-paste-buyer (buys 50 t of ingots from fx-ingot-1, capacity 500 t/a) and fx-paste-other
 * (capacity 500 t/a, no ties).</li>
 * <li>Xs "scope": an ingot maker in park A, a paste maker in park B.</li>
 * <li>Xw "weak": w-ingot by two firms with 60 + 40 t/a for 150 t of local downstream paste; w-powder by
 * one firm; w-gel at pilot stage only.</li>
 * <li>Xl "leakage": fx-leak-1 makes 100 t of l-ingot and sells 80 t outside, 20 t locally; fx-leak-3
 * makes 100 t of l-bar and sells 40 t outside; the cluster targets Xl for local processing.</li>
 * <li>Xi "innovation": i-ingot by two local firms with no patents; i-wire by two, one holding a patent
 * on it.</li>
 * <li>Xc "cluster figures" (three stages: refining 1, high purity 2, deep processing 3): the cluster makes
 * 500 t of Xc, 20 % of national output, and no firm is named for any link; waste fx-scrap feeds c-conc
 * and c-slime, both feed c-dore, c-dore feeds c-ingot (high purity), c-ingot feeds c-paste, a target.</li>
 * <li>Xd: the same chain, but fx-d-buyer (local) buys 30 t of d-dore from fx-d-seller (outside).</li>
 * <li>Xo: the cluster makes 10 t of Xo (no share); o-ingot has no producer named.</li>
 * </ul>
 * Xm and Xs paste are development targets of the cluster.
 */
final class ChainFixtures {

	private static final String SRC = ",fx,synthetic fixture";

	private static volatile boolean loaded;

	private ChainFixtures() {
	}

	/** Imports the fixtures unless this context already has them (classes with {@link ChainFixtureTest} share one). */
	static synchronized void loadOnce(DatasetImporter importer, ChainGaps gaps) {
		if (!loaded) {
			load(importer);
			warm(gaps);
			loaded = true;
		}
	}

	/**
	 * Plans the analysis statements by calling the service directly: planning takes seconds on a busy
	 * two-core machine, longer than an HTTP request may wait; later requests reuse the cached plans.
	 */
	static void warm(ChainGaps gaps) {
		var all = gaps.gaps(null, null, null, null);
		gaps.candidates(all.stream().map(g -> g.product().key()).distinct().toList(), null, Map.of());
	}

	/**
	 * A tester that waits long enough for the first request, which plans the analysis statements
	 * (seconds on a busy two-core machine); later requests reuse the cached plans.
	 */
	static HttpGraphQlTester patient(HttpGraphQlTester tester) {
		return tester.mutate().webTestClient(client -> client.responseTimeout(Duration.ofSeconds(120))).build();
	}

	private static void load(DatasetImporter importer) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("sources.csv", """
				key,title,publisher,date,url,kind,note
				fx,Synthetic test fixture,tests,,,SYNTHETIC,Invented for tests; not about real firms
				""");
		files.put("clusters.csv", "key,name,nameEn,nickname,nicknameEn,region,source,excerpt\n"
				+ "fx-cluster,测试集群,Fixture cluster,,,," + SRC.substring(1) + "\n");
		files.put("parks.csv", "key,name,nameEn,kind,layout,status,parent,region,source,excerpt\n"
				+ "fx-zone,测试园区,Fixture zone,ZONE,CURRENT,ACTIVE,,," + SRC.substring(1) + "\n"
				+ "fx-park-a,甲园,Park A,PARK,CURRENT,ACTIVE,fx-zone,," + SRC.substring(1) + "\n"
				+ "fx-park-b,乙园,Park B,PARK,CURRENT,ACTIVE,fx-zone,," + SRC.substring(1) + "\n");
		StringBuilder metals = new StringBuilder("symbol,name,nameZh,group,source,excerpt\n");
		StringBuilder chains = new StringBuilder("key,metal,name,nameEn,source,excerpt\n");
		StringBuilder stages = new StringBuilder("key,chain,order,kind,name,nameEn,source,excerpt\n");
		for (String m : new String[] { "Xm", "Xs", "Xw", "Xl", "Xi", "Xc", "Xd", "Xo" }) {
			String c = m.toLowerCase();
			metals.append(m).append(",Fixture ").append(m).append(",测试").append(m).append(",PRECIOUS").append(SRC).append('\n');
			chains.append("chain-").append(c).append(',').append(m).append(",链").append(m).append(",Chain ").append(m).append(SRC).append('\n');
			if (m.equals("Xc") || m.equals("Xd")) {
				stages.append(c).append("-1,chain-").append(c).append(",1,REFINING,精炼,Refining").append(SRC).append('\n');
				stages.append(c).append("-2,chain-").append(c).append(",2,HIGH_PURITY,高纯,High purity").append(SRC).append('\n');
				stages.append(c).append("-3,chain-").append(c).append(",3,DEEP_PROCESSING,深加工,Deep processing").append(SRC).append('\n');
				continue;
			}
			stages.append(c).append("-1,chain-").append(c).append(",1,HIGH_PURITY,高纯,High purity").append(SRC).append('\n');
			stages.append(c).append("-2,chain-").append(c).append(",2,DEEP_PROCESSING,深加工,Deep processing").append(SRC).append('\n');
		}
		files.put("metals.csv", metals.toString());
		files.put("chains.csv", chains.toString());
		files.put("stages.csv", stages.toString());
		files.put("products.csv", "key,name,nameZh,metal,stages,purity,basis,source,excerpt\n" + rows(SRC, """
				m-ingot,M ingot,M锭,Xm,xm-1,,TEMPLATE
				m-paste,M paste,M浆,Xm,xm-2,,TEMPLATE
				s-ingot,S ingot,S锭,Xs,xs-1,,TEMPLATE
				s-paste,S paste,S浆,Xs,xs-2,,TEMPLATE
				w-ingot,W ingot,W锭,Xw,xw-1,,TEMPLATE
				w-paste,W paste,W浆,Xw,xw-2,,TEMPLATE
				w-powder,W powder,W粉,Xw,xw-2,,TEMPLATE
				w-gel,W gel,W胶,Xw,xw-2,,TEMPLATE
				l-ingot,L ingot,L锭,Xl,xl-1,,TEMPLATE
				l-bar,L bar,L棒,Xl,xl-2,,TEMPLATE
				i-ingot,I ingot,I锭,Xi,xi-1,,TEMPLATE
				i-wire,I wire,I丝,Xi,xi-2,,TEMPLATE
				c-conc,C concentrate,C富集物,Xc,xc-1,,TEMPLATE
				c-slime,C slime,C泥,Xc,xc-1,,TEMPLATE
				c-dore,C dore,C粗锭,Xc,xc-1,,TEMPLATE
				c-ingot,C ingot,C锭,Xc,xc-2,,TEMPLATE
				c-paste,C paste,C浆,Xc,xc-3,,TEMPLATE
				d-conc,D concentrate,D富集物,Xd,xd-1,,TEMPLATE
				d-slime,D slime,D泥,Xd,xd-1,,TEMPLATE
				d-dore,D dore,D粗锭,Xd,xd-1,,TEMPLATE
				d-ingot,D ingot,D锭,Xd,xd-2,,TEMPLATE
				o-ingot,O ingot,O锭,Xo,xo-1,,TEMPLATE
				o-wire,O wire,O丝,Xo,xo-2,,TEMPLATE
				"""));
		files.put("materials.csv", "key,name,nameZh,category,source,excerpt\n" + rows(SRC, """
				fx-scrap,Fixture scrap,测试废料,废料
				"""));
		files.put("feeds.csv", "from,to,basis,source,excerpt\n" + rows(SRC, """
				Product:m-ingot,m-paste,TEMPLATE
				Product:s-ingot,s-paste,TEMPLATE
				Product:w-ingot,w-paste,TEMPLATE
				Product:w-ingot,w-powder,TEMPLATE
				Product:w-ingot,w-gel,TEMPLATE
				Product:i-ingot,i-wire,TEMPLATE
				Material:fx-scrap,c-conc,TEMPLATE
				Material:fx-scrap,c-slime,TEMPLATE
				Product:c-conc,c-dore,TEMPLATE
				Product:c-slime,c-dore,TEMPLATE
				Product:c-dore,c-ingot,TEMPLATE
				Product:c-ingot,c-paste,TEMPLATE
				Material:fx-scrap,d-conc,TEMPLATE
				Material:fx-scrap,d-slime,TEMPLATE
				Product:d-conc,d-dore,TEMPLATE
				Product:d-slime,d-dore,TEMPLATE
				Product:d-dore,d-ingot,TEMPLATE
				Product:o-ingot,o-wire,TEMPLATE
				"""));
		files.put("enterprises.csv", "key,creditCode,name,nameEn,shortName,founded,employees,rdStaff,local,ownership,park,source,excerpt\n"
				+ rows(SRC, """
						fx-ingot-1,,甲锭一厂,Ingot One,,,,,true,PRIVATE,fx-park-a
						fx-ingot-2,,甲锭二厂,Ingot Two,,,,,true,PRIVATE,fx-park-a
						fx-paste-buyer,,外地浆料甲,Paste Buyer,,,,,false,LISTED,
						fx-paste-other,,外地浆料乙,Paste Other,,,,,false,PRIVATE,
						fx-s-ingot,,S锭厂,S Ingot Works,,,,,true,PRIVATE,fx-park-a
						fx-s-paste,,S浆厂,S Paste Works,,,,,true,PRIVATE,fx-park-b
						fx-w-ingot-1,,W锭一厂,W Ingot One,,,,,true,PRIVATE,fx-park-a
						fx-w-ingot-2,,W锭二厂,W Ingot Two,,,,,true,PRIVATE,fx-park-a
						fx-w-paste-1,,W浆一厂,W Paste One,,,,,true,PRIVATE,fx-park-a
						fx-w-paste-2,,W浆二厂,W Paste Two,,,,,true,PRIVATE,fx-park-a
						fx-w-powder,,W粉厂,W Powder Works,,,,,true,PRIVATE,fx-park-a
						fx-w-gel,,W胶中试,W Gel Pilot,,,,,true,PRIVATE,fx-park-a
						fx-leak-1,,L锭厂,L Ingot Works,,,,,true,PRIVATE,fx-park-a
						fx-leak-2,,L本地买家,L Local Buyer,,,,,true,PRIVATE,fx-park-a
						fx-leak-3,,L棒厂,L Bar Works,,,,,true,PRIVATE,fx-park-a
						fx-leak-out,,L外地买家,L Outside Buyer,,,,,false,PRIVATE,
						fx-i-ingot-1,,I锭一厂,I Ingot One,,,,,true,PRIVATE,fx-park-a
						fx-i-ingot-2,,I锭二厂,I Ingot Two,,,,,true,PRIVATE,fx-park-a
						fx-i-wire-1,,I丝一厂,I Wire One,,,,,true,PRIVATE,fx-park-a
						fx-i-wire-2,,I丝二厂,I Wire Two,,,,,true,PRIVATE,fx-park-a
						fx-d-buyer,,D买家,D Buyer,,,,,true,PRIVATE,fx-park-a
						fx-d-seller,,D外地卖家,D Seller,,,,,false,PRIVATE,
						"""));
		files.put("produces.csv", "enterprise,product,capacityT,outputT,year,purity,status,source,excerpt\n" + rows(SRC, """
				fx-ingot-1,m-ingot,,,2023,,PRODUCTION
				fx-ingot-2,m-ingot,,,2023,,PRODUCTION
				fx-paste-buyer,m-paste,500,,2023,,PRODUCTION
				fx-paste-other,m-paste,500,,2023,,PRODUCTION
				fx-s-ingot,s-ingot,,,2023,,PRODUCTION
				fx-s-paste,s-paste,,,2023,,PRODUCTION
				fx-w-ingot-1,w-ingot,60,,2023,,PRODUCTION
				fx-w-ingot-2,w-ingot,40,,2023,,PRODUCTION
				fx-w-paste-1,w-paste,,100,2023,,PRODUCTION
				fx-w-paste-2,w-paste,,50,2023,,PRODUCTION
				fx-w-powder,w-powder,,,2023,,PRODUCTION
				fx-w-gel,w-gel,,,2023,,PILOT
				fx-leak-1,l-ingot,,100,2023,,PRODUCTION
				fx-leak-3,l-bar,,100,2023,,PRODUCTION
				fx-i-ingot-1,i-ingot,,,2023,,PRODUCTION
				fx-i-ingot-2,i-ingot,,,2023,,PRODUCTION
				fx-i-wire-1,i-wire,,,2023,,PRODUCTION
				fx-i-wire-2,i-wire,,,2023,,PRODUCTION
				"""));
		files.put("supplies.csv", "from,to,product,volumeT,year,source,excerpt\n" + rows(SRC, """
				fx-ingot-1,fx-paste-buyer,m-ingot,50,2023
				fx-leak-1,fx-leak-out,l-ingot,80,2023
				fx-leak-1,fx-leak-2,l-ingot,20,2023
				fx-leak-3,fx-leak-out,l-bar,40,2023
				fx-d-seller,fx-d-buyer,d-dore,30,2023
				"""));
		files.put("targets.csv", "holder,target,kind,source,excerpt\n" + rows(SRC, """
				Cluster:fx-cluster,Metal:Xl,LOCAL_PROCESSING
				Cluster:fx-cluster,Product:m-paste,DEEP_PROCESSING
				Cluster:fx-cluster,Product:s-paste,DEEP_PROCESSING
				Cluster:fx-cluster,Product:c-paste,DEEP_PROCESSING
				"""));
		files.put("outputs.csv", "metal,holder,year,tonnes,qualifier,source,excerpt\n" + rows(SRC, """
				Xc,Cluster:fx-cluster,2022,500,EXACT
				Xd,Cluster:fx-cluster,2022,500,EXACT
				Xo,Cluster:fx-cluster,2022,10,APPROX
				"""));
		files.put("shares.csv", "metal,holder,scope,basis,value,year,qualifier,source,excerpt\n" + rows(SRC, """
				Xc,Cluster:fx-cluster,NATIONAL,OUTPUT,0.2,2022,EXACT
				Xd,Cluster:fx-cluster,NATIONAL,OUTPUT,0.2,2022,EXACT
				"""));
		files.put("patents.csv", "number,title,type,ipc,filed,granted,source,excerpt\n" + rows(SRC, """
				CN202310000001.5,I wire drawing method,INVENTION,,2022,
				"""));
		files.put("holds.csv", "holder,patent,source,excerpt\n" + rows(SRC, """
				Enterprise:fx-i-wire-1,CN202310000001.5
				"""));
		files.put("concerns.csv", "subject,object,source,excerpt\n" + rows(SRC, """
				Patent:CN202310000001.5,Product:i-wire
				"""));
		var report = importer.importDataset(new Dataset(files), false);
		assertThat(report.problems()).isEmpty();
	}

	/** Appends the synthetic source and excerpt columns to every line. */
	static String rows(String suffix, String lines) {
		StringBuilder out = new StringBuilder();
		lines.lines().filter(l -> !l.isBlank()).forEach(l -> out.append(l).append(suffix).append('\n'));
		return out.toString();
	}

}
