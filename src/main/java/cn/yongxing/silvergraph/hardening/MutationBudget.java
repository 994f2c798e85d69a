package cn.yongxing.silvergraph.hardening;

import cn.yongxing.silvergraph.graph.RequestBudget;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A mutation is not bounded by the read budget ({@link RequestBudget}): its writes have their own
 * transaction timeouts, and the read that returns the written record after the commit must not turn a
 * change that was made, and audited, into a TIMEOUT error.
 */
@Component
class MutationBudget extends SimplePerformantInstrumentation {

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		if (parameters.getExecutionContext().getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION) {
			RequestBudget.lift();
		}
		return super.beginExecuteOperation(parameters, state);
	}

}
