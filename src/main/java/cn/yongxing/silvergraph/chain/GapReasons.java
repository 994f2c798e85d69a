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

	/**
	 * {Chinese, English} for a gap, from the facts of its link and the edges behind them
	 * ({@link ChainLinks#evidence}), and for an inferred link the edges of the product it is inferred
	 * from. Every number and quotation is a fact of the graph with its source; what the graph does not
	 * hold is said to be not on record, never to be absent.
	 */
	static String[] of(ChainGap gap, Map<String, List<EvidenceEdge>> edges, Map<String, List<EvidenceEdge>> inferredEdges,
			GapRules gapRules) {
		LinkFacts f = gap.facts();
		Scope scope = gap.scope();
		String pZh = name(gap.product(), Lang.ZH);
		String pEn = name(gap.product(), Lang.EN);
		String stageZh = gap.stage().name();
		String stageEn = gap.stage().nameEn() == null ? gap.stage().name() : gap.stage().nameEn();
		return switch (gap.kind()) {
			case MISSING -> {
				String zh;
				String en;
				String targetsZh = targets(edges, Lang.ZH);
				String targetsEn = targets(edges, Lang.EN);
				if (f.imports() > 0) {
					var imports = edges.get("imports");
					zh = scope.nameZh() + "企业从外部购入" + pZh + "（" + stageZh + "）：" + supplies(imports, Lang.ZH) + "（“"
							+ quote(imports) + "”），而" + scope.nameZh() + "内任何层级（企业记录、集群数据、产业链推断）都没有其生产记录";
					en = "Firms in " + scope.nameEn() + " buy " + pEn + " (" + stageEn + ") from outside: " + supplies(imports, Lang.EN)
							+ " (\"" + quote(imports) + "\"), and no production of it in " + scope.nameEn()
							+ " is on record at any level (firm records, cluster figures, inference along the chain)";
				}
				else {
					zh = pZh + "（" + stageZh + "）是发展目标（“" + quote(edges.get("targets")) + "”），但" + scope.nameZh()
							+ "内任何层级（企业记录、集群数据、产业链推断）都没有其生产记录；" + coverage(gap.coverage(), scope, Lang.ZH);
					en = pEn + " (" + stageEn + ") is a development target (\"" + quote(edges.get("targets")) + "\"), but no production of it in "
							+ scope.nameEn() + " is on record at any level (firm records, cluster figures, inference along the chain); "
							+ coverage(gap.coverage(), scope, Lang.EN);
					targetsZh = "";
					targetsEn = "";
				}
				var upstream = edges.get("upstream");
				if (!upstream.isEmpty()) {
					zh += "。" + f.upstreamFirms() + " 家本地企业生产其上游产品：" + producers(upstream, Lang.ZH) + "（“" + quote(upstream) + "”）";
					en += ". " + f.upstreamFirms() + " local firm(s) make its input: " + producers(upstream, Lang.EN) + " (\"" + quote(upstream)
							+ "\")";
					var leaks = edges.get("upstreamLeaks");
					if (!leaks.isEmpty()) {
						zh += "，其上游产品有供应给" + scope.nameZh() + "以外企业的记录：" + supplies(leaks, Lang.ZH);
						en += "; supplies of that input to firms outside " + scope.nameEn() + " are on record: " + supplies(leaks, Lang.EN);
					}
				}
				zh += "。" + targetsZh + "已知" + scope.nameZh() + "以外的生产企业 " + f.outsideProducers() + " 家。";
				en += "." + targetsEn + " Known producers outside " + scope.nameEn() + ": " + f.outsideProducers() + ".";
				yield new String[] { zh, en };
			}
			case WEAK -> {
				List<String> zh = new ArrayList<>();
				List<String> en = new ArrayList<>();
				var local = edges.get("local");
				switch (gap.basis()) {
					case CLUSTER_FIGURES -> {
						zh.add(figures(gap, edges, Lang.ZH) + "，但没有全国、全球或全省占比衡量其分量，图中也没有本地在产企业的记录");
						en.add(figures(gap, edges, Lang.EN) + ", but no national, global or provincial share is on record to weigh it,"
								+ " and no local producer of it is on record");
					}
					case INFERRED -> {
						var inference = java.util.Objects.requireNonNull(gap.inference());
						zh.add(inferred(gap, inferredEdges, Lang.ZH) + "，而" + name(inference.product(), Lang.ZH) + "本身是薄弱环节");
						en.add(inferred(gap, inferredEdges, Lang.EN) + ", and " + name(inference.product(), Lang.EN)
								+ " is itself a weak link");
					}
					default -> {
						if (f.productionProducers() == 0) {
							zh.add("图中记录的本地生产企业" + names(local, Lang.ZH) + "仅处于中试阶段（“" + quote(local) + "”）");
							en.add("the local producer(s) on record, " + names(local, Lang.EN) + ", work at pilot stage (\"" + quote(local) + "\")");
						}
						else if (f.productionProducers() == 1 && gapRules.weakness(f) > 0) {
							zh.add("图中仅记录一家本地在产企业：" + names(local, Lang.ZH) + "（“" + quote(local) + "”），也没有集群层面的产量占比，存在单点风险");
							en.add("one local firm only is on record making it: " + names(local, Lang.EN) + " (\"" + quote(local)
									+ "\"), with no cluster figure of weight behind it, a single point of failure");
						}
						double demand = gapRules.demand(f);
						if (f.localCapacityT() != null && f.productionProducers() > 0 && gapRules.weakness(f) > 0
								&& f.localCapacityT() < demand) {
							zh.add("本地产能 " + CandidateRules.tonnes(f.localCapacityT()) + " 吨/年低于下游本地企业产量 "
									+ CandidateRules.tonnes(demand) + " 吨");
							en.add("local capacity of " + CandidateRules.tonnes(f.localCapacityT()) + " t/a is below the "
									+ CandidateRules.tonnes(demand) + " t local downstream firms make from it");
						}
						String coverageZh = partial(gap.coverage()) ? "（" + coverage(gap.coverage(), scope, Lang.ZH) + "）" : "";
						String coverageEn = partial(gap.coverage()) ? " (" + coverage(gap.coverage(), scope, Lang.EN) + ")" : "";
						if (!zh.isEmpty()) {
							zh.set(zh.size() - 1, zh.getLast() + coverageZh);
							en.set(en.size() - 1, en.getLast() + coverageEn);
						}
					}
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
				String madeZh;
				String madeEn;
				switch (gap.basis()) {
					case CLUSTER_FIGURES -> {
						madeZh = figures(gap, edges, Lang.ZH);
						madeEn = figures(gap, edges, Lang.EN);
					}
					case INFERRED -> {
						madeZh = inferred(gap, inferredEdges, Lang.ZH);
						madeEn = inferred(gap, inferredEdges, Lang.EN);
					}
					default -> {
						var local = edges.get("local");
						madeZh = scope.nameZh() + "有 " + f.localProducers() + " 家企业生产" + pZh + "（" + names(local, Lang.ZH) + "）";
						madeEn = pEn + " is made in " + scope.nameEn() + " by " + f.localProducers() + " firm(s) on record ("
								+ names(local, Lang.EN) + ")";
					}
				}
				String metalZh = f.metalIp() > 0 ? "；另有 " + f.metalIp() + " 项" + scope.nameZh() + "企业的专利或标准涉及" + name(gap.metal(), Lang.ZH) + "整体" : "";
				String metalEn = f.metalIp() > 0 ? "; " + f.metalIp() + " patent(s) or standard(s) of firms in " + scope.nameEn()
						+ " concern " + name(gap.metal(), Lang.EN) + " as a whole" : "";
				yield new String[] {
						madeZh + "，但图中没有" + scope.nameZh() + "企业持有其相关专利或（单独或共同）起草其相关标准的记录" + metalZh + "。",
						madeEn + ", but no patent on it held by, or standard for it drafted by, firms in " + scope.nameEn()
								+ " (singly or collectively) is on record" + metalEn + "." };
			}
		};
	}

	/**
	 * One line saying what a link's status rests on, for the chain map's card: facts of the graph only
	 * (the sources are on the link's evidence).
	 */
	static String explain(ChainLink link, Lang lang) {
		boolean zh = lang == Lang.ZH;
		LinkFacts f = link.facts();
		String coverage = coverage(link.coverage(), Scope.CLUSTER, lang);
		List<String> figures = new ArrayList<>();
		if (f.clusterOutputT() != null) {
			figures.add(zh ? "集群产量 " + CandidateRules.tonnes(f.clusterOutputT()) + " 吨"
					: "cluster output " + CandidateRules.tonnes(f.clusterOutputT()) + " t");
		}
		if (f.clusterShare() != null) {
			figures.add(zh ? "占" + shareScope(f.clusterShareScope(), lang) + "产量的 " + CandidateRules.percent(f.clusterShare())
					: CandidateRules.percent(f.clusterShare()) + " of " + shareScope(f.clusterShareScope(), lang) + " output");
		}
		String producers = zh ? "图中记录本地在产企业 " + f.productionProducers() + " 家、中试 " + f.pilotProducers() + " 家"
				: f.productionProducers() + " local producer(s) in production and " + f.pilotProducers() + " at pilot stage on record";
		return switch (link.basis()) {
			case CLUSTER_FIGURES -> (zh ? "依据集群数据：" : "cluster figures: ") + String.join(zh ? "，" : ", ", figures)
					+ (zh ? "；" : "; ") + producers;
			case FIRM_RECORDS -> f.localProducers() == 0
					? (zh ? "依据企业记录：有 " + f.imports() + " 条从外部购入的供应记录，没有本地生产记录"
							: "firm records: " + f.imports() + " supply record(s) from outside, no local production on record")
					: (zh ? "依据企业记录：" : "firm records: ") + producers
							+ (f.firmShare() != null ? (zh ? "，企业占比 " : ", a producer's share of ") + CandidateRules.percent(f.firmShare())
									+ (zh ? "" : " of the metal") : "");
			case INFERRED -> {
				String v = link.inferredFrom() == null ? "" : name(link.inferredFrom(), lang);
				yield zh ? "推断：位于通往" + v + "（本地批量生产）的每条路径上，且没有外购记录"
						: "inferred: on every route into " + v + " (made locally in volume), and no purchase from outside is on record";
			}
			case NONE -> link.status() == LinkStatus.MISSING
					? (zh ? "发展目标，但任何层级都没有生产记录；" : "a development target with no production on record at any level; ") + coverage
					: (zh ? "没有任何一方面的证据（生产企业、集群数据、推断或外购记录）；" : "no evidence either way (producers, cluster figures, inference or imports); ")
							+ coverage;
		};
	}

	/** The cluster's figures behind a link: "本集群银产量 4820 吨，占全国的 17.9%（“…”）". */
	private static String figures(ChainGap gap, Map<String, List<EvidenceEdge>> edges, Lang lang) {
		return figures(gap.facts(), gap.metal(), gap.scope(), edges.get("figures"), lang);
	}

	private static String figures(LinkFacts f, Metal metal, Scope scope, List<EvidenceEdge> figures, Lang lang) {
		boolean zh = lang == Lang.ZH;
		List<String> parts = new ArrayList<>();
		if (f.clusterOutputT() != null) {
			parts.add(zh ? scope.nameZh() + name(metal, lang) + "产量 " + CandidateRules.tonnes(f.clusterOutputT()) + " 吨"
					: "the output of " + name(metal, lang) + " of " + scope.nameEn() + " is " + CandidateRules.tonnes(f.clusterOutputT()) + " t");
		}
		if (f.clusterShare() != null) {
			String of = shareScope(f.clusterShareScope(), lang);
			parts.add(zh ? (parts.isEmpty() ? scope.nameZh() + name(metal, lang) + "产量" : "") + "占" + of + "的 " + CandidateRules.percent(f.clusterShare())
					: (parts.isEmpty() ? "the output of " + name(metal, lang) + " of " + scope.nameEn() + " is " : "")
							+ CandidateRules.percent(f.clusterShare()) + " of " + of + " output");
		}
		String text = String.join(zh ? "，" : ", ", parts);
		String quoted = quote(figures);
		return quoted.isEmpty() ? text : text + (zh ? "（“" + quoted + "”）" : " (\"" + quoted + "\")");
	}

	/** "推断：X 位于产业链通往 V 的每条路径上，而 …": the inference and the facts it rests on. */
	private static String inferred(ChainGap gap, Map<String, List<EvidenceEdge>> inferredEdges, Lang lang) {
		var inference = java.util.Objects.requireNonNull(gap.inference());
		Scope scope = gap.scope();
		String v = name(inference.product(), lang);
		String p = name(gap.product(), lang);
		String made = inference.reading().basis() == StatusBasis.CLUSTER_FIGURES || inference.facts().clusterFigure()
				? figures(inference.facts(), gap.metal(), scope, inferredEdges.getOrDefault("figures", List.of()), lang)
				: (lang == Lang.ZH ? "图中记录的本地企业生产" + v + "：" + names(inferredEdges.getOrDefault("local", List.of()), lang)
						: "local firms on record make " + v + ": " + names(inferredEdges.getOrDefault("local", List.of()), lang));
		return lang == Lang.ZH
				? "推断：" + p + "位于产业链通往" + v + "（由回收料制得）的每条路径上，而" + made + "；图中没有" + p + "从" + scope.nameZh()
						+ "以外购入的记录，故推断其在本地生产"
				: "inferred: " + p + " lies on every route of the chain into " + v + " (made from recycled inputs), and " + made
						+ "; no purchase of " + p + " from outside " + scope.nameEn() + " is on record, so it is inferred to be made locally";
	}

	private static String shareScope(@Nullable String scope, Lang lang) {
		return switch (scope == null ? "" : scope) {
			case "GLOBAL" -> lang == Lang.ZH ? "全球" : "global";
			case "PROVINCIAL" -> lang == Lang.ZH ? "全省" : "provincial";
			default -> lang == Lang.ZH ? "全国" : "national";
		};
	}

	/** The scope's coverage, for reasons resting on what is not on record. */
	static String coverage(Coverage coverage, Scope scope, Lang lang) {
		if (coverage.reportedLocalFirms() == null) {
			return lang == Lang.ZH ? "图中收录" + scope.nameZh() + "企业 " + coverage.namedLocalFirms() + " 家，没有企业总数的记录"
					: "the graph names " + coverage.namedLocalFirms() + " firm(s) in " + scope.nameEn() + " and holds no total firm count";
		}
		return lang == Lang.ZH ? "图中收录" + scope.nameZh() + "企业 " + coverage.namedLocalFirms() + " 家，来源报道共 " + coverage.reportedLocalFirms() + " 家"
				: "the graph names " + coverage.namedLocalFirms() + " of the " + coverage.reportedLocalFirms() + " firms in " + scope.nameEn()
						+ " its sources report";
	}

	private static boolean partial(Coverage coverage) {
		return coverage.ratio() == null || coverage.ratio() < 1;
	}

	/** Supply links as "A → B（50 t of x, 2023）". */
	private static String supplies(List<EvidenceEdge> edges, Lang lang) {
		return edges.stream()
			.map(e -> name(e.from(), lang) + " → " + name(e.to(), lang)
					+ (e.detail() == null ? "" : lang == Lang.ZH ? "（" + e.detailZh() + "）" : " (" + e.detail() + ")"))
			.distinct()
			.collect(Collectors.joining(lang == Lang.ZH ? "、" : ", "));
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
