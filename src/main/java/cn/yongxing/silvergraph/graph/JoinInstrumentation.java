package cn.yongxing.silvergraph.graph;

import graphql.execution.ExecutionStepInfo;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.springframework.stereotype.Component;

/**
 * Answers a field that has a {@link JoinedField join} from the value its parent's statement
 * registered ({@link Joins}), and falls back to the field's own fetcher when nothing was registered
 * for that object and result key. Guarded fields are never joined, so their fetchers (and checks)
 * always run.
 */
@Component
class JoinInstrumentation extends SimplePerformantInstrumentation {

	private final Joins joins;

	JoinInstrumentation(Joins joins) {
		this.joins = joins;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (parameters.isTrivialDataFetcher() || !joins.joinsFieldNamed(parameters.getField().getName())) {
			return fetcher;
		}
		ExecutionStepInfo step = parameters.getExecutionStepInfo();
		if (!joins.joins(step.getObjectType().getName(), step.getFieldDefinition().getName())) {
			return fetcher;
		}
		return env -> {
			Object value = Joins.prefetched(env);
			return value == Joins.MISSING ? fetcher.get(env) : value;
		};
	}

}
