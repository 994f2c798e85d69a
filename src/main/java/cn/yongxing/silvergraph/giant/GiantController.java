package cn.yongxing.silvergraph.giant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import cn.yongxing.silvergraph.enterprise.Enterprise;
import cn.yongxing.silvergraph.giant.GiantService.AssessmentKey;
import cn.yongxing.silvergraph.graph.Connection;
import cn.yongxing.silvergraph.graph.PageLimits;
import cn.yongxing.silvergraph.security.Clearance;
import graphql.execution.ExecutionStepInfo;
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

	private final ProvincialTiers provincial;

	private final Clearance clearance;

	GiantController(GiantService service, GiantQueries queries, PageLimits limits, ProvincialTiers provincial,
			Clearance clearance, BatchLoaderRegistry registry) {
		this.service = service;
		this.queries = queries;
		this.limits = limits;
		this.provincial = provincial;
		this.clearance = clearance;
		registry.<AssessmentKey, Assessment>forName(ASSESSMENTS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> service.assess(keys)));
	}

	@QueryMapping
	Connection<Assessment> littleGiantCandidates(@Argument @Nullable String ruleSet, @Argument @Nullable String asOf,
			@Argument @Nullable List<Assessment.Status> status, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable Lang lang) {
		return service.candidates(ruleSet, service.date(asOf), status, limits.pageSize(first), after,
				lang == null ? Lang.EN : lang, clearance.seesFinancials());
	}

	@QueryMapping
	List<ProvincialTiers.Standing> provincialTiers() {
		return provincial.standings();
	}

	@QueryMapping
	List<RuleSet> tierRuleSets(@Argument @Nullable String asOf) {
		return service.ruleSets(service.date(asOf));
	}

	/** Whether the set is the default today, or on the {@code asOf} of the field it was reached through. */
	@SchemaMapping(typeName = "TierRuleSet")
	boolean isDefault(RuleSet set, DataFetchingEnvironment env) {
		String asOf = null;
		for (ExecutionStepInfo step = env.getExecutionStepInfo().getParent(); step != null && asOf == null;
				step = step.getParent()) {
			asOf = step.getArguments().get("asOf") instanceof String s ? s : null;
		}
		return service.isDefault(set, service.date(asOf));
	}

	/** Whether the set is in force on a date (today when none is given). */
	@SchemaMapping(typeName = "TierRuleSet")
	boolean inForce(RuleSet set, @Argument @Nullable String asOf) {
		return set.inForceOn(service.date(asOf));
	}

	@SchemaMapping(typeName = "TierRuleSet")
	String effectiveFrom(RuleSet set) {
		return set.effectiveFrom().toString();
	}

	@SchemaMapping(typeName = "TierRuleSet")
	@Nullable String effectiveUntil(RuleSet set) {
		LocalDate until = set.effectiveUntil();
		return until == null ? null : until.toString();
	}

	@SchemaMapping(typeName = "Enterprise")
	CompletableFuture<Assessment> tierAssessment(Enterprise enterprise, @Argument @Nullable String ruleSet,
			@Argument @Nullable String asOf, @Argument @Nullable Lang lang, DataFetchingEnvironment env) {
		LocalDate date = service.date(asOf);
		String code = ruleSet == null ? null : service.ruleSet(ruleSet, date).code();
		if (code == null) {
			// the default tier must have a set in force on the date: say so now, not as a null
			service.ruleSet(null, date);
		}
		DataLoader<AssessmentKey, Assessment> loader = env.getDataLoader(ASSESSMENTS);
		return loader.load(new AssessmentKey(enterprise.key(), code, date, lang == null ? Lang.EN : lang,
				clearance.seesFinancials()));
	}

}
