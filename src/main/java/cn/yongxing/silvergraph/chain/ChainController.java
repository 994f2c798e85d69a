package cn.yongxing.silvergraph.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import cn.yongxing.silvergraph.catalog.Metal;
import cn.yongxing.silvergraph.catalog.Product;
import cn.yongxing.silvergraph.cluster.ClusterStats;
import cn.yongxing.silvergraph.enterprise.Enterprise;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.Joins;
import cn.yongxing.silvergraph.graph.NodeType;
import cn.yongxing.silvergraph.graph.Scalar;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Relation.Sort;
import cn.yongxing.silvergraph.graph.Relations;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Industry chains: a metal's stages in order, the products at each stage with their link status, and
 * the chain-gap analysis with its candidates.
 */
@Controller
class ChainController {

	private final GraphReader reader;

	private final ChainLinks links;

	private final ChainGaps gaps;

	private final ChainProperties config;

	private static final String DETAILS = "chainGapDetails";

	private final Joins joins;

	ChainController(GraphReader reader, ChainLinks links, ChainGaps gaps, ChainProperties config,
			BatchLoaderRegistry registry, Joins joins) {
		this.joins = joins;
		this.reader = reader;
		this.links = links;
		this.gaps = gaps;
		this.config = config;
		registry.<ChainGap, ChainGaps.Details>forName(DETAILS)
			.registerMappedBatchLoader((list, env) -> Mono.fromCallable(() -> gaps.details(list)));
	}

	@QueryMapping
	List<ChainGap> chainGaps(@Argument @Nullable String metal, @Argument @Nullable String parkId,
			@Argument @Nullable List<GapKind> kinds, @Argument @Nullable Double minSeverity) {
		return gaps.gaps(metal, parkId, kinds, minSeverity);
	}

	// reason and evidence quote the firms behind a link's facts: read for all gaps of a request at once
	@SchemaMapping(typeName = "ChainGap")
	CompletableFuture<String> reason(ChainGap gap, @Argument Lang lang, DataFetchingEnvironment env) {
		return details(gap, env).thenApply(d -> lang == Lang.ZH ? d.reasonZh() : d.reasonEn());
	}

	@SchemaMapping(typeName = "ChainGap")
	CompletableFuture<GapEvidence> evidence(ChainGap gap, DataFetchingEnvironment env) {
		return details(gap, env).thenApply(ChainGaps.Details::evidence);
	}

	private static CompletableFuture<ChainGaps.Details> details(ChainGap gap, DataFetchingEnvironment env) {
		DataLoader<ChainGap, ChainGaps.Details> loader = env.getDataLoader(DETAILS);
		return loader.load(gap);
	}

	@BatchMapping(typeName = "ChainGap")
	Map<ChainGap, List<GapCandidate>> candidates(List<ChainGap> list) {
		return gaps.candidatesOf(list);
	}

	@SchemaMapping(typeName = "EvidenceEdge")
	@Nullable String detail(EvidenceEdge edge, @Argument Lang lang) {
		return lang == Lang.ZH ? edge.detailZh() : edge.detail();
	}

	@SchemaMapping(typeName = "GapCandidate")
	List<String> reasons(GapCandidate candidate, @Argument Lang lang) {
		return lang == Lang.ZH ? candidate.reasonsZh() : candidate.reasonsEn();
	}

	@BatchMapping(typeName = "Product")
	Map<Product, ChainLink> chainLink(List<Product> products) {
		Map<String, ChainLink> byKey = new HashMap<>();
		for (var link : links.links(null, null, products.stream().map(Product::key).toList())) {
			byKey.putIfAbsent(link.product().key(), ChainLink.of(link));
		}
		Map<Product, ChainLink> result = new LinkedHashMap<>();
		products.forEach(p -> {
			if (byKey.containsKey(p.key())) {
				result.put(p, byKey.get(p.key()));
			}
		});
		return result;
	}

	@SchemaMapping(typeName = "ChainLink")
	String explanation(ChainLink link, @Argument Lang lang) {
		return GapReasons.explain(link, lang);
	}

	// the producers on record, from the links' evidence (one statement for the whole map, once per graph version)
	@BatchMapping(typeName = "ChainLink")
	Map<ChainLink, List<Enterprise>> namedLocalProducers(List<ChainLink> list) {
		var edges = links.evidence(list.stream().map(l -> Map.entry(l.metal(), l.product())).distinct().toList(), null);
		Map<ChainLink, List<Enterprise>> result = new LinkedHashMap<>();
		for (ChainLink l : list) {
			var groups = edges.get(ChainLinks.evidenceKey(l.metal(), l.product()));
			result.put(l, groups == null ? List.of() : groups.get("local").stream()
				.map(EvidenceEdge::from)
				.filter(Enterprise.class::isInstance)
				.map(Enterprise.class::cast)
				.distinct()
				.toList());
		}
		return result;
	}

	@BatchMapping(typeName = "ClusterStats")
	Map<ClusterStats, List<ChainSummary>> chains(List<ClusterStats> stats) {
		Map<String, List<ChainLinks.Link>> byMetal = new TreeMap<>();
		links.links(null, null, null)
			.forEach(l -> byMetal.computeIfAbsent(l.metal().key(), k -> new ArrayList<>()).add(l));
		List<ChainSummary> summaries = byMetal.values().stream().map(ChainSummary::of).toList();
		Map<ClusterStats, List<ChainSummary>> result = new LinkedHashMap<>();
		stats.forEach(s -> result.put(s, summaries));
		return result;
	}

	@BatchMapping(typeName = "ClusterStats")
	Map<ClusterStats, Coverage> coverage(List<ClusterStats> stats) {
		Coverage coverage = links.coverage(null);
		Map<ClusterStats, Coverage> result = new LinkedHashMap<>();
		stats.forEach(s -> result.put(s, coverage));
		return result;
	}

	@QueryMapping
	@Nullable IndustryChain industryChain(@Argument String metal, DataFetchingEnvironment env) {
		Joins.Plan plan = joins.plan(env, "IndustryChain", "c", env.getSelectionSet().getImmediateFields());
		return reader.one("industryChain", """
				MATCH (c:IndustryChain)-[:OF_METAL]->(:Metal {key: $metal})
				WITH c ORDER BY c.key LIMIT 1
				RETURN c""" + plan.returnItems(), Map.of("metal", metal),
				r -> plan.register(IndustryChain.from(r.get("c")), r)).orElse(null);
	}






	@Bean
	static Relations.Declared chainRelations() {
		return Relations.Declared.of(Relation.of(IndustryChain.class, "metal").out("OF_METAL", Metal.class).toOne(),
				Relation.of(IndustryChain.class, "stages").out("HAS_STAGE", ChainStage.class)
					.orderBy(Sort.asc("order"), Sort.asc("key")),
				Relation.of(ChainStage.class, "products").in("AT_STAGE", Product.class),
				Relation.of(Metal.class, "chain").in("OF_METAL", IndustryChain.class).toOne(),
				Relation.of(Product.class, "stages").out("AT_STAGE", ChainStage.class)
					.orderBy(Sort.asc("order"), Sort.asc("key")));
	}

	@Bean
	static NodeType chainNodeType() {
		return new NodeType(IndustryChain.class, IndustryChain::from).scalars(Scalar.text("name"), Scalar.text("nameEn"));
	}

	@Bean
	static NodeType stageNodeType() {
		return new NodeType(ChainStage.class, ChainStage::from).scalars(Scalar.integer("order"), Scalar.text("kind"),
				Scalar.text("name").collated(), Scalar.text("nameEn"));
	}

}
