package cn.yongxing.silvergraph.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.yongxing.silvergraph.catalog.Metal;
import cn.yongxing.silvergraph.catalog.Product;
import cn.yongxing.silvergraph.cluster.Cluster;
import cn.yongxing.silvergraph.cluster.Park;
import cn.yongxing.silvergraph.enterprise.Enterprise;
import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/** Writes the sentence a promoter pastes into a report, in Chinese and English, with the numbers and the quoted facts. */
final class GapReasons {

	private static final int QUOTE_LENGTH = 120;

	private GapReasons() {
	}

	/** The scope a gap is about: the cluster or one park. */
	record Scope(@Nullable String park, String nameZh, String nameEn) {

		static final Scope CLUSTER = new Scope(null, "本集群", "the cluster");

	}

	/** {Chinese, English} for a gap, from the facts of its link and the edges behind them ({@link ChainLinks#evidence}). */
	static String[] of(ChainGap gap, Map<String, List<EvidenceEdge>> edges, GapRules gapRules) {
		LinkFacts f = gap.facts();
		GapKind kind = gap.kind();
		Scope scope = gap.scope();
		String pZh = name(gap.product(), Lang.ZH);
		String pEn = name(gap.product(), Lang.EN);
		String stageZh = gap.stage().name();
		String stageEn = gap.stage().nameEn() == null ? gap.stage().name() : gap.stage().nameEn();
		return switch (kind) {
			case MISSING -> {
				var upstream = edges.get("upstream");
				String zh = scope.nameZh() + "没有企业生产" + pZh + "（" + stageZh + "）";
				String en = "No firm in " + scope.nameEn() + " makes " + pEn + " (" + stageEn + ")";
				if (!upstream.isEmpty()) {
					zh += "，而 " + f.upstreamFirms() + " 家本地企业生产其上游产品：" + producers(upstream, Lang.ZH)
							+ "（“" + quote(upstream) + "”），产品未经就地加工即流出";
					en += ", while " + f.upstreamFirms() + " local firm(s) make its input: " + producers(upstream, Lang.EN)
							+ " (\"" + quote(upstream) + "\"), so that output leaves " + scope.nameEn() + " unprocessed";
				}
				zh += "。" + targets(edges, Lang.ZH) + "已知" + scope.nameZh() + "以外的生产企业 " + f.outsideProducers() + " 家。";
				en += "." + targets(edges, Lang.EN) + " Known producers outside " + scope.nameEn() + ": " + f.outsideProducers() + ".";
				yield new String[] { zh, en };
			}
			case WEAK -> {
				var local = edges.get("local");
				List<String> zh = new ArrayList<>();
				List<String> en = new ArrayList<>();
				if (f.productionProducers() == 0) {
					zh.add("本地生产企业" + names(local, Lang.ZH) + "仅处于中试阶段（“" + quote(local) + "”）");
					en.add("its only local producer(s), " + names(local, Lang.EN) + ", work at pilot stage (\"" + quote(local) + "\")");
				}
				else if (f.productionProducers() == 1) {
					zh.add("仅有一家本地企业在产：" + names(local, Lang.ZH) + "（“" + quote(local) + "”），存在单点风险");
					en.add("one local firm only makes it: " + names(local, Lang.EN) + " (\"" + quote(local)
							+ "\"), a single point of failure");
				}
				double demand = gapRules.demand(f);
				if (f.localCapacityT() != null && f.productionProducers() > 0 && gapRules.weakness(f) > 0
						&& f.localCapacityT() < demand) {
					zh.add("本地产能 " + CandidateRules.tonnes(f.localCapacityT()) + " 吨/年低于下游本地企业产量 "
							+ CandidateRules.tonnes(demand) + " 吨");
					en.add("local capacity of " + CandidateRules.tonnes(f.localCapacityT()) + " t/a is below the "
							+ CandidateRules.tonnes(demand) + " t local downstream firms make from it");
				}
				yield new String[] { pZh + "（" + stageZh + "）是" + scope.nameZh() + "的薄弱环节：" + String.join("；", zh) + "。"
						+ targets(edges, Lang.ZH),
						pEn + " (" + stageEn + ") is a weak link in " + scope.nameEn() + ": " + String.join("; ", en) + "."
								+ targets(edges, Lang.EN) };
			}
			case LEAKAGE -> {
				var leaks = edges.get("leaks");
				Double share = f.outsideShare();
				long pct = Math.round(100 * (share == null ? 0 : share));
				double base = Math.max(f.localOutputT() == null ? 0 : f.localOutputT(), f.suppliedT());
				String buyersZh = leaks.stream().map(e -> name(e.to(), Lang.ZH)).distinct().collect(Collectors.joining("、"));
				String buyersEn = leaks.stream().map(e -> name(e.to(), Lang.EN)).distinct().collect(Collectors.joining(", "));
				yield new String[] {
						scope.nameZh() + "生产的" + pZh + "有 " + pct + "%（" + CandidateRules.tonnes(base) + " 吨中的 "
								+ CandidateRules.tonnes(f.outsideSuppliedT()) + " 吨）供应给" + scope.nameZh() + "以外的企业："
								+ buyersZh + "，该环节就地加工率仅 " + (100 - pct) + "%。" + targets(edges, Lang.ZH),
						pct + "% of the " + pEn + " made in " + scope.nameEn() + " (" + CandidateRules.tonnes(f.outsideSuppliedT())
								+ " of " + CandidateRules.tonnes(base) + " t) is supplied to firms outside it: " + buyersEn
								+ "; the local processing rate of this link is " + (100 - pct) + "%." + targets(edges, Lang.EN) };
			}
			case INNOVATION -> {
				var local = edges.get("local");
				yield new String[] {
						scope.nameZh() + "有 " + f.localProducers() + " 家企业生产" + pZh + "（" + names(local, Lang.ZH) + "），但没有"
								+ scope.nameZh() + "企业持有其相关专利或参与起草相关标准。",
						pEn + " is made in " + scope.nameEn() + " by " + f.localProducers() + " firm(s) (" + names(local, Lang.EN)
								+ "), but no firm in " + scope.nameEn() + " holds a patent on it or drafted a standard for it." };
			}
		};
	}

	private static String targets(Map<String, List<EvidenceEdge>> edges, Lang lang) {
		var own = edges.get("targets");
		var outputs = edges.get("outputTargets");
		if (!own.isEmpty()) {
			return lang == Lang.ZH ? "该产品是发展目标：“" + quote(own) + "”。" : " It is a development target: \"" + quote(own) + "\".";
		}
		if (!outputs.isEmpty()) {
			String names = outputs.stream().map(e -> name(e.to(), lang)).distinct().collect(Collectors.joining(lang == Lang.ZH ? "、" : ", "));
			return lang == Lang.ZH ? "其下游产品" + names + "是发展目标：“" + quote(outputs) + "”。"
					: " Its output " + names + " is a development target: \"" + quote(outputs) + "\".";
		}
		return "";
	}

	private static String producers(List<EvidenceEdge> edges, Lang lang) {
		return edges.stream()
			.map(e -> name(e.from(), lang) + (lang == Lang.ZH ? "（" + name(e.to(), lang) + "）" : " (" + name(e.to(), lang) + ")"))
			.distinct()
			.collect(Collectors.joining(lang == Lang.ZH ? "、" : ", "));
	}

	private static String names(List<EvidenceEdge> edges, Lang lang) {
		return edges.stream().map(e -> name(e.from(), lang)).distinct().collect(Collectors.joining(lang == Lang.ZH ? "、" : ", "));
	}

	/** The first cited sentence among the edges, shortened. */
	private static String quote(List<EvidenceEdge> edges) {
		String text = edges.stream()
			.flatMap(e -> e.sources().stream())
			.map(Source::excerpt)
			.filter(x -> x != null && !x.isBlank())
			.findFirst()
			.orElse("");
		return text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH) + "…";
	}

	static String name(GraphNode node, Lang lang) {
		return switch (node) {
			case Enterprise e -> lang == Lang.EN ? first(e.nameEn(), e.name()) : e.name();
			case Product p -> lang == Lang.EN ? p.name() : first(p.nameZh(), p.name());
			case Park p -> lang == Lang.EN ? first(p.nameEn(), p.name()) : p.name();
			case Cluster c -> lang == Lang.EN ? first(c.nameEn(), c.name()) : c.name();
			case Metal m -> lang == Lang.EN ? m.name() : m.nameZh();
			default -> node.id();
		};
	}

	private static String first(@Nullable String... options) {
		return Stream.of(options).filter(x -> x != null && !x.isBlank()).findFirst().orElse("");
	}

}
