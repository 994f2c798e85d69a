package cn.yongxing.silvergraph.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates a synthetic cluster of {@code scale × 1,000} enterprises as a dataset directory in the
 * seed format, deterministically from a seed number. The chain structure (metals, chains, stages,
 * materials, products, the product DAG), the cluster's regions and parks and the designations are
 * copied from the real seed with their own provenance, so the dataset loads into an empty graph as
 * well as into a seeded one (rows MERGE on keys); every generated row cites the one Source of kind
 * SYNTHETIC. Distributions are skewed where real clusters are: patents per firm (exponential, mean
 * 10), supply customers and institution partners (a few hubs take most links), revenue (log-normal).
 */
public final class SyntheticCluster {

	/** Key of the Source every generated row cites. */
	public static final String SOURCE_KEY = "synthetic-cluster";

	/** Seed files copied verbatim: the template the synthetic firms are placed on. */
	static final List<String> TEMPLATE_FILES = List.of("regions.csv", "clusters.csv", "parks.csv", "metals.csv",
			"chains.csv", "stages.csv", "materials.csv", "products.csv", "designations.csv", "feeds.csv");

	private static final String[] CITIES = { "郴州", "长沙", "株洲", "衡阳", "赣州", "韶关", "昆明", "兰州", "金昌", "济源", "上海", "深圳",
			"苏州", "宁波", "贵阳", "南昌" };

	private static final String[] CITIES_EN = { "Chenzhou", "Changsha", "Zhuzhou", "Hengyang", "Ganzhou", "Shaoguan",
			"Kunming", "Lanzhou", "Jinchang", "Jiyuan", "Shanghai", "Shenzhen", "Suzhou", "Ningbo", "Guiyang",
			"Nanchang" };

	private static final String[] WORDS = { "金源", "银泰", "恒昌", "鑫达", "宏鑫", "华鑫", "瑞丰", "永昌", "祥和", "盛达", "兴业", "德润",
			"中科", "富源", "嘉禾", "新材", "创元", "联合", "天成", "铭泰" };

	private static final String[] WORDS_EN = { "Jinyuan", "Yintai", "Hengchang", "Xinda", "Hongxin", "Huaxin",
			"Ruifeng", "Yongchang", "Xianghe", "Shengda", "Xingye", "Derun", "Zhongke", "Fuyuan", "Jiahe", "Xincai",
			"Chuangyuan", "Lianhe", "Tiancheng", "Mingtai" };

	private static final String[] TRADES = { "环保科技", "贵金属", "稀贵金属", "新材料", "冶炼", "再生资源", "电子材料", "银业" };

	private static final String[] TRADES_EN = { "Environmental Technology", "Precious Metals", "Rare & Precious Metals",
			"New Materials", "Smelting", "Renewable Resources", "Electronic Materials", "Silver" };

	private static final Map<String, List<String>> IPC_BY_STAGE_KIND = Map.of("COLLECTION",
			List.of("B09B 3/00", "B03B 9/06", "C22B 7/00"), "PRETREATMENT", List.of("C22B 1/02", "C22B 3/04", "C22B 7/00"),
			"SMELTING", List.of("C22B 11/02", "C22B 13/02", "C22B 30/06", "C22B 7/04"), "REFINING",
			List.of("C25C 1/20", "C22B 11/00", "C22B 3/44"), "HIGH_PURITY", List.of("C22B 9/02", "C22B 11/00", "C01B 19/00"),
			"DEEP_PROCESSING", List.of("B22F 9/24", "H01B 1/22", "H01H 1/023", "C22C 5/06", "B01J 23/40", "C23C 14/34"),
			"APPLICATION", List.of("H01L 31/0224", "H01B 1/22", "H05K 1/09"));

	private static final String[] INSTITUTION_KINDS = { "UNIVERSITY", "UNIVERSITY", "UNIVERSITY", "INSTITUTE",
			"INSTITUTE", "INSTITUTE", "LAB", "LAB", "ASSOCIATION", "ACADEMY" };

	private static final String[] COLLABORATION_KINDS = { "JOINT_RND", "JOINT_RND", "JOINT_RND", "PILOT", "CONSULTING",
			"PLATFORM", "PLANNING" };

	private static final int[] FINANCIAL_YEARS = { 2022, 2023, 2024 };

	private final double scale;

	private final long seed;

	private final Random random;

	private final String excerpt;

	private SyntheticCluster(double scale, long seed) {
		if (!(scale > 0) || scale > 10_000) {
			throw new IllegalArgumentException("scale must be in (0, 10000], was " + scale);
		}
		this.scale = scale;
		this.seed = seed;
		this.random = new Random(seed);
		this.excerpt = "synthetic row (scale " + scale + ", seed " + seed + ")";
	}

	/** What a generation wrote: rows per file and the number of enterprises. */
	public record Summary(Path directory, int enterprises, Map<String, Long> rows) {

		/** All rows written (template copies included). */
		public long totalRows() {
			return rows.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	/**
	 * Writes the dataset of {@code scale × 1,000} enterprises into {@code directory} (created if
	 * missing, existing CSV files of the same names replaced). Same scale and seed, same bytes.
	 */
	public static Summary generate(double scale, long seed, Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (directory.toAbsolutePath().normalize().endsWith("seed")) {
			throw new IllegalArgumentException("synthetic data is never written into a seed directory: " + directory);
		}
		return new SyntheticCluster(scale, seed).write(directory);
	}

	private Summary write(Path dir) {
		Map<String, Long> rows = new LinkedHashMap<>();
		Map<String, Table> template = new LinkedHashMap<>();
		TEMPLATE_FILES.forEach(f -> template.put(f, Table.seed(f)));
		Template t = new Template(template);

		try (var sources = Table.seed("sources.csv").openCopy(dir, "sources.csv")) {
			sources.values(SOURCE_KEY, "Synthetic cluster (scale " + scale + ", seed " + seed + ")", "silver-graph generator",
					null, null, "SYNTHETIC", "Generated for scale tests and benchmarks; not real data.");
			rows.put("sources.csv", sources.count());
		}
		for (String file : List.of("clusters.csv", "metals.csv", "chains.csv", "stages.csv", "materials.csv",
				"products.csv", "designations.csv", "feeds.csv")) {
			try (var out = template.get(file).openCopy(dir, file)) {
				rows.put(file, out.count());
			}
		}

		int n = Math.max(1, (int) Math.round(scale * 1000));
		// regions and parks: the seed's, plus synthetic cities each with a few parks for outside firms
		List<String> outsideParks = new ArrayList<>();
		try (var regions = template.get("regions.csv").openCopy(dir, "regions.csv");
				var parks = template.get("parks.csv").openCopy(dir, "parks.csv")) {
			int parksPerCity = Math.max(1, (int) Math.ceil(Math.sqrt(scale) * 2));
			for (int c = 0; c < CITIES.length; c++) {
				String region = "syn-city-" + c;
				regions.values(region, CITIES[c] + "市（合成）", CITIES_EN[c] + " (synthetic)", "CITY", null, SOURCE_KEY, excerpt);
				for (int p = 0; p < parksPerCity; p++) {
					String park = "syn-park-%d-%d".formatted(c, p);
					parks.values(park, "%s合成工业园%d".formatted(CITIES[c], p + 1),
							"%s synthetic industrial park %d".formatted(CITIES_EN[c], p + 1), "PARK", "CURRENT", "ACTIVE",
							null, region, SOURCE_KEY, excerpt);
					outsideParks.add(park);
				}
			}
			rows.put("regions.csv", regions.count());
			rows.put("parks.csv", parks.count());
		}

		List<Firm> firms = new ArrayList<>(n);
		try (var enterprises = Table.Out.open(dir, "enterprises.csv", "key", "creditCode", "name", "nameEn", "shortName",
				"founded", "employees", "rdStaff", "local", "ownership", "park", "source", "excerpt");
				var financials = Table.Out.open(dir, "financials.csv", "enterprise", "year", "revenue", "mainBusinessRevenue",
						"rdExpense", "netProfit", "debtRatio", "equityRaised", "employees", "rdStaff", "source",
						"excerpt")) {
			for (int i = 0; i < n; i++) {
				Firm firm = newFirm(i, t, outsideParks);
				firms.add(firm);
				writeFinancials(firm, financials);
				Fin last = firm.latest;
				int w = random.nextInt(WORDS.length);
				int trade = random.nextInt(TRADES.length);
				String city = firm.local ? "永兴" : CITIES[random.nextInt(CITIES.length)];
				enterprises.values(firm.key, null, "%s%s%s%s有限公司（合成%d）".formatted(city, WORDS[w], t.metalZh(firm.metal),
						TRADES[trade], i), "%s %s Co., Ltd. (synthetic %d)".formatted(WORDS_EN[w], TRADES_EN[trade], i),
						WORDS[w] + i, firm.founded, last.employees, last.rdStaff, firm.local, firm.ownership, firm.park,
						SOURCE_KEY, excerpt);
			}
			rows.put("enterprises.csv", enterprises.count());
			rows.put("financials.csv", financials.count());
		}

		int institutionCount = 20 + n / 50;
		try (var institutions = Table.Out.open(dir, "institutions.csv", "key", "name", "nameEn", "kind", "city", "source",
				"excerpt")) {
			for (int i = 0; i < institutionCount; i++) {
				String kind = INSTITUTION_KINDS[random.nextInt(INSTITUTION_KINDS.length)];
				int c = random.nextInt(CITIES.length);
				institutions.values("syn-inst-" + i, "%s合成%s%d".formatted(CITIES[c], institutionZh(kind), i),
						"%s synthetic %s %d".formatted(CITIES_EN[c], kind.toLowerCase(), i), kind, CITIES_EN[c], SOURCE_KEY,
						excerpt);
			}
			rows.put("institutions.csv", institutions.count());
		}

		Map<String, List<Integer>> producersOf = new HashMap<>();
		try (var produces = Table.Out.open(dir, "produces.csv", "enterprise", "product", "capacityT", "outputT", "year", "purity",
				"status", "source", "excerpt")) {
			for (Firm f : firms) {
				for (String product : f.products) {
					double capacity = round1(Math.exp(3.5 + random.nextGaussian() * 1.2));
					String status = pick(0.9, "PRODUCTION", 0.97, "PILOT", "PLANNED");
					produces.values(f.key, product, capacity,
							status.equals("PRODUCTION") ? round1(capacity * (0.4 + 0.55 * random.nextDouble())) : null,
							2024, null, status, SOURCE_KEY, excerpt);
					producersOf.computeIfAbsent(product, k -> new ArrayList<>()).add(f.index);
				}
			}
			rows.put("produces.csv", produces.count());
		}

		try (var supplies = Table.Out.open(dir, "supplies.csv", "from", "to", "product", "volumeT", "year", "source", "excerpt")) {
			for (Firm f : firms) {
				Set<Integer> customers = new HashSet<>();
				for (String product : f.products) {
					int links = random.nextDouble() < 0.6 ? 1 + random.nextInt(2) : 0;
					for (int l = 0; l < links; l++) {
						List<Integer> candidates = new ArrayList<>();
						for (String next : t.outputsOf(product)) {
							candidates.addAll(producersOf.getOrDefault(next, List.of()));
						}
						int customer = candidates.isEmpty() ? skewed(n) : candidates.get(skewed(candidates.size()));
						if (customer == f.index || !customers.add(customer)) {
							continue;
						}
						supplies.values(f.key, firms.get(customer).key, product,
								round1(Math.exp(2 + random.nextGaussian())), 2024, SOURCE_KEY, excerpt);
					}
				}
			}
			rows.put("supplies.csv", supplies.count());
		}

		try (var patents = Table.Out.open(dir, "patents.csv", "number", "title", "type", "ipc", "filed", "granted", "source",
				"excerpt");
				var holds = Table.Out.open(dir, "holds.csv", "holder", "patent", "source", "excerpt");
				var concerns = Table.Out.open(dir, "concerns.csv", "subject", "object", "source", "excerpt")) {
			int[][] serials = new int[2100][4];
			for (Firm f : firms) {
				int count = (int) Math.min(200, Math.round(-10 * Math.log(1 - random.nextDouble())));
				for (int p = 0; p < count; p++) {
					double u = random.nextDouble();
					int type = u < 0.42 ? 1 : u < 0.95 ? 2 : 3;
					int year = Math.max(f.founded, 2008) + random.nextInt(Math.max(1, 2025 - Math.max(f.founded, 2008)));
					String number = CnPatentNumbers.of(year, type, ++serials[year][type]);
					String product = f.products.get(random.nextInt(f.products.size()));
					List<String> ipcs = IPC_BY_STAGE_KIND.getOrDefault(t.stageKind(product), List.of("C22B 7/00"));
					String ipc = ipcs.get(random.nextInt(ipcs.size()));
					String second = ipcs.get(random.nextInt(ipcs.size()));
					if (random.nextBoolean() && !second.equals(ipc)) {
						ipc += ";" + second;
					}
					int month = 1 + random.nextInt(12);
					String filed = "%d-%02d-%02d".formatted(year, month, 1 + random.nextInt(28));
					// inventions take 1-3 years and a third are never granted; utility models and designs about a year
					int grantYear = type == 1 ? (random.nextDouble() < 0.65 ? year + 1 + random.nextInt(3) : Integer.MAX_VALUE)
							: year + 1;
					String title = switch (type) {
						case 1 -> "一种%s的制备方法（合成%d）".formatted(t.productZh(product), p);
						case 2 -> "一种%s生产装置（合成%d）".formatted(t.productZh(product), p);
						default -> "%s包装容器（合成%d）".formatted(t.productZh(product), p);
					};
					patents.values(number, title, type == 1 ? "INVENTION" : type == 2 ? "UTILITY_MODEL" : "DESIGN",
							ipc,
							filed, grantYear > 2025 ? null : "%d-%02d".formatted(grantYear, month),
							SOURCE_KEY, excerpt);
					holds.values("Enterprise:" + f.key, number, SOURCE_KEY, excerpt);
					if (random.nextDouble() < 0.04) {
						holds.values("Institution:syn-inst-" + skewed(institutionCount), number, SOURCE_KEY, excerpt);
					}
					concerns.values("Patent:" + number,
							random.nextDouble() < 0.7 ? "Product:" + product : "Metal:" + f.metal, SOURCE_KEY, excerpt);
				}
			}

			int standardCount = Math.max(10, n / 20);
			try (var standards = Table.Out.open(dir, "standards.csv", "key", "code", "title", "titleEn", "level", "status",
					"metal", "source", "excerpt");
					var drafted = Table.Out.open(dir, "drafted.csv", "drafter", "standard", "role", "source", "excerpt")) {
				for (int s = 0; s < standardCount; s++) {
					Firm lead = firms.get(skewed(n));
					String product = lead.products.get(random.nextInt(lead.products.size()));
					String key = "syn-std-" + s;
					int year = 2015 + random.nextInt(10);
					String level = pick(0.2, "NATIONAL", 0.55, "INDUSTRY", 0.7, "LOCAL", "GROUP");
					standards.values(key, "T/SYN %05d-%d".formatted(s, year), "%s技术规范（合成%d）".formatted(t.productZh(product), s),
							"Specification for %s (synthetic %d)".formatted(t.productEn(product), s), level,
							random.nextDouble() < 0.8 ? "PUBLISHED" : "PROJECT", lead.metal, SOURCE_KEY, excerpt);
					drafted.values("Enterprise:" + lead.key, key, "LEAD", SOURCE_KEY, excerpt);
					Set<Integer> participants = new HashSet<>(Set.of(lead.index));
					for (int k = random.nextInt(4); k > 0; k--) {
						int other = skewed(n);
						if (participants.add(other)) {
							drafted.values("Enterprise:" + firms.get(other).key, key, "PARTICIPANT", SOURCE_KEY, excerpt);
						}
					}
					if (random.nextBoolean()) {
						drafted.values("Institution:syn-inst-" + skewed(institutionCount), key, "PARTICIPANT", SOURCE_KEY,
								excerpt);
					}
					concerns.values("Standard:" + key, "Product:" + product, SOURCE_KEY, excerpt);
				}
				rows.put("standards.csv", standards.count());
				rows.put("drafted.csv", drafted.count());
			}
			rows.put("patents.csv", patents.count());
			rows.put("holds.csv", holds.count());
			rows.put("concerns.csv", concerns.count());
		}

		try (var collaborations = Table.Out.open(dir, "collaborations.csv", "enterprise", "institution", "since", "kind",
				"project", "source", "excerpt")) {
			for (Firm f : firms) {
				if (random.nextDouble() < 0.45) {
					Set<Integer> partners = new HashSet<>();
					for (int k = 1 + random.nextInt(3); k > 0; k--) {
						int inst = skewed(institutionCount);
						if (partners.add(inst)) {
							collaborations.values(f.key, "syn-inst-" + inst, 2010 + random.nextInt(15),
									COLLABORATION_KINDS[random.nextInt(COLLABORATION_KINDS.length)], null, SOURCE_KEY,
									excerpt);
						}
					}
				}
			}
			rows.put("collaborations.csv", collaborations.count());
		}

		try (var held = Table.Out.open(dir, "designations_held.csv", "holder", "designation", "year", "level", "product",
				"source", "excerpt")) {
			List<Map<String, String>> enterpriseDesignations = template.get("designations.csv").rows().stream()
				.filter(d -> List.of("SINGLE_CHAMPION", "GREEN_FACTORY", "LISTED", "SOE").contains(d.get("kind")))
				.toList();
			for (Firm f : firms) {
				if (random.nextDouble() < 0.12) {
					Map<String, String> d = enterpriseDesignations.get(random.nextInt(enterpriseDesignations.size()));
					String product = d.get("kind").equals("SINGLE_CHAMPION")
							? f.products.get(random.nextInt(f.products.size())) : null;
					held.values("Enterprise:" + f.key, d.get("key"), 2019 + random.nextInt(6),
							d.get("level").isEmpty() ? null : d.get("level"), product, SOURCE_KEY, excerpt);
				}
			}
			rows.put("designations_held.csv", held.count());
		}
		return new Summary(dir, n, rows);
	}

	private Firm newFirm(int index, Template t, List<String> outsideParks) {
		boolean local = random.nextDouble() < 0.3;
		String park = local ? t.localParks.get(random.nextInt(t.localParks.size()))
				: outsideParks.get(random.nextInt(outsideParks.size()));
		String metal = t.metals.get(weightedMetal(t.metals.size()));
		List<String> chain = t.productsByMetal.get(metal);
		int start = random.nextInt(chain.size());
		int length = 1 + random.nextInt(3);
		List<String> products = new ArrayList<>(chain.subList(start, Math.min(chain.size(), start + length)));
		if (random.nextDouble() < 0.25) {
			List<String> other = t.productsByMetal.get(t.metals.get(random.nextInt(t.metals.size())));
			String extra = other.get(random.nextInt(other.size()));
			if (!products.contains(extra)) {
				products.add(extra);
			}
		}
		int founded = 1985 + random.nextInt(38);
		String ownership = pick(0.75, "PRIVATE", 0.85, "SOE", 0.93, "LISTED", 0.97, "FOREIGN", "UNKNOWN");
		return new Firm(index, "syn-e-%06d".formatted(index), local, park, metal, products, founded, ownership);
	}

	private void writeFinancials(Firm firm, Table.Out financials) {
		double revenue = Math.exp(Math.log(8e7) + random.nextGaussian() * 1.2);
		double mainShare = 0.55 + 0.44 * random.nextDouble();
		double rdRatio = Math.min(0.2, Math.exp(Math.log(0.03) + random.nextGaussian() * 0.6));
		double debt = 0.15 + 0.7 * random.nextDouble();
		int employees = (int) Math.max(5, Math.min(20_000, revenue / 1e6 * (0.5 + random.nextDouble())));
		int rdStaff = (int) Math.round(employees * (0.04 + 0.3 * random.nextDouble()));
		for (int year : FINANCIAL_YEARS) {
			double margin = 0.05 + random.nextGaussian() * 0.06;
			double equity = random.nextDouble() < 0.1 ? Math.round(Math.exp(Math.log(3e7) + random.nextGaussian())) : 0;
			financials.values(firm.key, year, Math.round(revenue), Math.round(revenue * mainShare),
					Math.round(revenue * rdRatio), Math.round(revenue * margin), round3(debt), (long) equity, employees,
					rdStaff, SOURCE_KEY, excerpt);
			firm.latest = new Fin(employees, rdStaff);
			revenue *= 1 + 0.08 + random.nextGaussian() * 0.15;
			debt = Math.max(0.05, Math.min(0.95, debt + random.nextGaussian() * 0.05));
			employees = (int) Math.max(5, employees * (1 + random.nextGaussian() * 0.05));
		}
	}

	/** An index in [0, size) where low indexes are much likelier: the hubs. */
	private int skewed(int size) {
		double u = random.nextDouble();
		return (int) Math.min(size - 1, Math.floor(size * u * u * u));
	}

	private int weightedMetal(int size) {
		// the seed lists silver first: give it a third of the firms, spread the rest
		return random.nextDouble() < 0.33 ? 0 : random.nextInt(size);
	}

	private String pick(Object... thresholdsAndValues) {
		double u = random.nextDouble();
		for (int i = 0; i + 1 < thresholdsAndValues.length; i += 2) {
			if (u < (double) thresholdsAndValues[i]) {
				return (String) thresholdsAndValues[i + 1];
			}
		}
		return (String) thresholdsAndValues[thresholdsAndValues.length - 1];
	}

	private static String institutionZh(String kind) {
		return switch (kind) {
			case "UNIVERSITY" -> "大学";
			case "INSTITUTE" -> "研究院";
			case "LAB" -> "重点实验室";
			case "ASSOCIATION" -> "行业协会";
			default -> "科学院";
		};
	}

	private static double round1(double v) {
		return Math.round(v * 10) / 10.0;
	}

	private static double round3(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

	private static final class Firm {

		final int index;

		final String key;

		final boolean local;

		final String park;

		final String metal;

		final List<String> products;

		final int founded;

		final String ownership;

		Fin latest;

		Firm(int index, String key, boolean local, String park, String metal, List<String> products, int founded,
				String ownership) {
			this.index = index;
			this.key = key;
			this.local = local;
			this.park = park;
			this.metal = metal;
			this.products = products;
			this.founded = founded;
			this.ownership = ownership;
		}

	}

	private record Fin(int employees, int rdStaff) {
	}

	/** The seed's chain structure, indexed for placing firms on it. */
	private static final class Template {

		final List<String> metals = new ArrayList<>();

		final Map<String, List<String>> productsByMetal = new LinkedHashMap<>();

		final List<String> localParks;

		private final Map<String, Map<String, String>> products = new HashMap<>();

		private final Map<String, String> stageKindByProduct = new HashMap<>();

		private final Map<String, List<String>> outputs = new HashMap<>();

		private final Map<String, String> metalZh = new HashMap<>();

		Template(Map<String, Table> seed) {
			Map<String, Map<String, String>> stages = new HashMap<>();
			seed.get("stages.csv").rows().forEach(s -> stages.put(s.get("key"), s));
			seed.get("metals.csv").rows().forEach(m -> metalZh.put(m.get("symbol"), m.get("nameZh")));
			for (var p : seed.get("products.csv").rows()) {
				products.put(p.get("key"), p);
				String firstStage = p.get("stages").split(";")[0];
				var stage = stages.get(firstStage);
				stageKindByProduct.put(p.get("key"), stage == null ? null : stage.get("kind"));
				if (!p.get("metal").isEmpty()) {
					productsByMetal.computeIfAbsent(p.get("metal"), k -> new ArrayList<>()).add(p.get("key"));
				}
			}
			Comparator<String> byStage = Comparator.comparingInt(k -> {
				var stage = stages.get(products.get(k).get("stages").split(";")[0]);
				return stage == null ? 99 : Integer.parseInt(stage.get("order"));
			});
			productsByMetal.values().forEach(list -> list.sort(byStage));
			metals.addAll(productsByMetal.keySet());
			for (var f : seed.get("feeds.csv").rows()) {
				if (f.get("from").startsWith("Product:")) {
					outputs.computeIfAbsent(f.get("from").substring("Product:".length()), k -> new ArrayList<>())
						.add(f.get("to"));
				}
			}
			localParks = seed.get("parks.csv").rows().stream()
				.filter(p -> p.get("kind").equals("PARK") && p.get("status").equals("ACTIVE"))
				.map(p -> p.get("key"))
				.toList();
		}

		List<String> outputsOf(String product) {
			return outputs.getOrDefault(product, List.of());
		}

		String stageKind(String product) {
			return stageKindByProduct.get(product);
		}

		String productZh(String product) {
			String zh = products.get(product).get("nameZh");
			return zh.isEmpty() ? products.get(product).get("name") : zh;
		}

		String productEn(String product) {
			return products.get(product).get("name");
		}

		String metalZh(String metal) {
			return metalZh.getOrDefault(metal, "");
		}

	}

}
