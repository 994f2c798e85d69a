package cn.yongxing.silvergraph.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.CypherFiles;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.SpreadsheetBook;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Target lists to take away: the ranked candidates of one gap card (a product) or of a whole chain, as
 * the chain-gap analysis gives them (same scope, same ranking), with each target's action, score,
 * reasons, province and city, capacity of the product and sources, written as an XLSX workbook in
 * Chinese or English: a sheet of targets under a cover line, and a sheet of the gaps with their reasons.
 * Three kinds of statement: the gaps, their candidates, and the targets' places and sources (one for all).
 */
@Component
class TargetList {

	private final ChainGaps gaps;

	private final GraphReader reader;

	private final String targetFacts = CypherFiles.load("chain", "target-facts");

	TargetList(ChainGaps gaps, GraphReader reader) {
		this.gaps = gaps;
		this.reader = reader;
	}

	/** One target of one gap. */
	record Target(ChainGap gap, int rank, GapCandidate candidate, @Nullable Place city, @Nullable Place province,
			List<String> sources) {
	}

	/** A region's name in both languages. */
	record Place(String name, @Nullable String nameEn) {

		String in(Lang lang) {
			return lang == Lang.EN && nameEn != null ? nameEn : name;
		}

	}

	/** The gaps of the chain (only those at {@code product} when given) in the scope, and their ranked targets. */
	record Sheet(String metal, @Nullable String product, List<ChainGap> gaps, Map<ChainGap, ChainGaps.Details> details,
			List<Target> targets) {
	}

	Sheet sheet(String metal, @Nullable String product, @Nullable String parkId) {
		List<ChainGap> found = gaps.gaps(metal, parkId, null, null)
			.stream()
			.filter(g -> product == null || g.product().key().equals(product))
			.toList();
		var candidates = gaps.candidatesOf(found);
		var details = gaps.details(found);
		List<String> keys = candidates.values().stream().flatMap(List::stream).map(c -> c.enterprise().key()).distinct()
			.toList();
		Map<String, org.neo4j.driver.Record> facts = new java.util.HashMap<>();
		if (!keys.isEmpty()) {
			reader.list("chain.targetFacts", targetFacts, Map.of("keys", keys), r -> r)
				.forEach(r -> facts.put(r.get("key").asString(), r));
		}
		List<Target> targets = new ArrayList<>();
		for (ChainGap gap : found) {
			int rank = 0;
			for (GapCandidate c : candidates.getOrDefault(gap, List.of())) {
				org.neo4j.driver.Record row = facts.get(c.enterprise().key());
				targets.add(new Target(gap, ++rank, c, row == null ? null : place(row.get("city")),
						row == null ? null : place(row.get("province")),
						row == null ? List.of() : row.get("sources").asList(Value::asString)));
			}
		}
		return new Sheet(metal, product, found, details, targets);
	}

	private static @Nullable Place place(Value v) {
		return v == null || v.isNull() ? null : new Place(v.get("name").asString(), v.get("nameEn").asString(null));
	}

	/** The workbook of a sheet in one language. */
	static byte[] xlsx(Sheet sheet, Lang l, LocalDate today) {
		boolean en = l == Lang.EN;
		String metalName = sheet.gaps().isEmpty() ? sheet.metal()
				: en ? sheet.gaps().getFirst().metal().name() : sheet.gaps().getFirst().metal().nameZh();
		String scope = sheet.gaps().isEmpty() ? (en ? "the cluster" : "本集群")
				: en ? sheet.gaps().getFirst().scope().nameEn() : sheet.gaps().getFirst().scope().nameZh();
		String what = sheet.product() == null ? (en ? "whole chain" : "全链")
				: sheet.gaps().isEmpty() ? sheet.product() : productName(sheet.gaps().getFirst(), l);
		List<String> cover = List.of(
				en ? "Target list — " + metalName + " chain, " + what + ", " + scope
						: metalName + "产业链招商目标清单（" + what + "，" + scope + "）",
				(en ? "Made " : "生成日期 ") + today + (en
						? " from the Yongxing rare & precious metals knowledge graph; scores and reasons state facts of the graph, each with its source."
						: "，数据来自永兴稀贵金属产业知识图谱；得分与理由只陈述图中有出处的事实。"),
				(en ? "Gaps: " : "缺口数：") + sheet.gaps().size() + (en ? " · targets: " : " · 目标企业：") + sheet.targets().size());
		List<String> headers = en
				? List.of("Rank", "Gap at", "Gap kind", "Severity", "Enterprise", "Action", "Score", "Province", "City",
						"Capacity of the product (t/a)", "Reasons", "Sources")
				: List.of("排名", "缺口环节", "缺口类型", "严重度", "企业", "建议", "得分", "省份", "城市", "该产品产能（吨/年）", "理由",
						"出处");
		String sep = en ? "; " : "；";
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (Target t : sheet.targets()) {
			GapCandidate c = t.candidate();
			rows.add(java.util.Arrays.asList(t.rank(), productName(t.gap(), l), kind(t.gap().kind(), l),
					round(t.gap().severity()), en && c.enterprise().nameEn() != null ? c.enterprise().nameEn() : c.enterprise().name(),
					action(c.action(), l), round(c.score()), t.province() == null ? null : t.province().in(l),
					t.city() == null ? null : t.city().in(l), c.capacityT(),
					String.join(sep, en ? c.reasonsEn() : c.reasonsZh()), String.join("\n", t.sources())));
		}
		List<List<@Nullable Object>> gapRows = new ArrayList<>();
		for (ChainGap g : sheet.gaps()) {
			ChainGaps.Details d = sheet.details().get(g);
			gapRows.add(java.util.Arrays.asList(productName(g, l), en && g.stage().nameEn() != null ? g.stage().nameEn() : g.stage().name(),
					kind(g.kind(), l), round(g.severity()), d == null ? null : en ? d.reasonEn() : d.reasonZh()));
		}
		return new SpreadsheetBook()
			.sheet(en ? "Targets" : "目标企业", cover, headers, rows, 6, 18, 10, 8, 34, 10, 7, 12, 12, 14, 80, 60)
			.sheet(en ? "Gaps" : "缺口", List.of(), en ? List.of("Gap at", "Stage", "Gap kind", "Severity", "Reason")
					: List.of("缺口环节", "环节", "缺口类型", "严重度", "原因"), gapRows, 18, 18, 10, 8, 120)
			.bytes();
	}

	private static String productName(ChainGap g, Lang l) {
		return l == Lang.ZH && g.product().nameZh() != null ? g.product().nameZh() : g.product().name();
	}

	static String kind(GapKind kind, Lang l) {
		boolean en = l == Lang.EN;
		return switch (kind) {
			case MISSING -> en ? "Missing" : "缺链";
			case WEAK -> en ? "Weak" : "弱链";
			case LEAKAGE -> en ? "Leakage" : "外流";
			case INNOVATION -> en ? "Innovation" : "创新不足";
		};
	}

	static String action(CandidateAction action, Lang l) {
		boolean en = l == Lang.EN;
		return switch (action) {
			case ATTRACT -> en ? "Attract" : "招商引进";
			case EXTEND -> en ? "Extend" : "延链扩能";
		};
	}

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

}
