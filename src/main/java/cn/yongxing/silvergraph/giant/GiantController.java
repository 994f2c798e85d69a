package cn.yongxing.silvergraph.giant;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import cn.yongxing.silvergraph.enterprise.Enterprise;
import cn.yongxing.silvergraph.giant.GiantService.AssessmentKey;
import cn.yongxing.silvergraph.graph.Connection;
import cn.yongxing.silvergraph.graph.PageLimits;
import cn.yongxing.silvergraph.security.Clearance;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** "Little giant" candidates, per-enterprise tier assessments and rule sets. */
@Controller
class GiantController {

	private static final String ASSESSMENTS = "tierAssessments";

	private final GiantService service;

	private final GiantQueries queries;

	private final PageLimits limits;

	private final Clearance clearance;

	GiantController(GiantService service, GiantQueries queries, PageLimits limits, Clearance clearance,
			BatchLoaderRegistry registry) {
		this.service = service;
		this.queries = queries;
		this.limits = limits;
		this.clearance = clearance;
		registry.<AssessmentKey, Assessment>forName(ASSESSMENTS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> service.assess(keys)));
	}

	@QueryMapping
	Connection<Assessment> littleGiantCandidates(@Argument @Nullable String ruleSet,
			@Argument @Nullable List<Assessment.Status> status, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		return service.candidates(ruleSet, status, limits.pageSize(first), after, clearance.seesFinancials());
	}

	@QueryMapping
	List<RuleSet> tierRuleSets() {
		return service.ruleSets();
	}

	@SchemaMapping(typeName = "Enterprise")
	CompletableFuture<Assessment> tierAssessment(Enterprise enterprise, @Argument @Nullable String ruleSet,
			DataFetchingEnvironment env) {
		String code = service.ruleSet(ruleSet).code();
		DataLoader<AssessmentKey, Assessment> loader = env.getDataLoader(ASSESSMENTS);
		return loader.load(new AssessmentKey(enterprise.key(), code, clearance.seesFinancials()));
	}

}
