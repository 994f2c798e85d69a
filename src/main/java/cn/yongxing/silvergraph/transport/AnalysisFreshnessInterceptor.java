package cn.yongxing.silvergraph.transport;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.yongxing.silvergraph.graph.AnalysisFreshness;
import cn.yongxing.silvergraph.graph.AnalyticsCache;
import cn.yongxing.silvergraph.graph.RequestBudget;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Tells a client which graph version answered (`extensions.graphVersion`) and whether an analysis came
 * from an earlier one while the current one is computed (`extensions.stale: true`); a request asks for
 * the current version with {@code Cache-Control: no-cache} or the {@code @fresh} directive on its
 * operation, and then waits for it.
 */
@Component
class AnalysisFreshnessInterceptor extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

	private final AnalyticsCache cache;

	AnalysisFreshnessInterceptor(AnalyticsCache cache) {
		this.cache = cache;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String cacheControl = String.valueOf(request.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL));
		boolean fresh = cacheControl.contains("no-cache") || cacheControl.contains("no-store");
		long version = cache.version();
		RequestBudget.Scope scope = AnalysisFreshness.open(fresh);
		try {
			return chain.next(request).map(response -> {
				boolean stale = AnalysisFreshness.servedStale();
				Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
				extensions.put("graphVersion", version);
				if (stale) {
					extensions.put("stale", true);
				}
				return response.transform(builder -> builder.extensions(extensions));
			}).doFinally(signal -> scope.close());
		}
		catch (RuntimeException ex) {
			scope.close();
			throw ex;
		}
	}

	/** {@code query @fresh { … }}: this operation's analyses come from the current graph version. */
	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		if (!parameters.getExecutionContext().getOperationDefinition().getDirectives("fresh").isEmpty()) {
			AnalysisFreshness.requireFresh();
		}
		return super.beginExecuteOperation(parameters, state);
	}

}
