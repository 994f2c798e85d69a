package cn.yongxing.silvergraph.transport;

import java.util.List;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import org.jspecify.annotations.Nullable;

/**
 * The engine's instrumentations chained as graphql-java chains them, except that a per-field hook
 * that none of them implements is not called at all.
 *
 * <p>Hand-written, because graphql-java's {@link ChainedInstrumentation} calls every member at five
 * points of every field (execution, fetching, completion, list completion, object execution) and
 * collects their answers, and offers no way to leave out members that do nothing there. In a profile
 * of an answer of about 400 fields under load those calls were about a tenth of the request's CPU,
 * while none of the service's six instrumentations implements any of the five (the request-level
 * hooks, the state and the data-fetcher rewrites still go through the chain unchanged). Which hooks
 * a member implements is read once, from its class: a method not declared below {@link Instrumentation}
 * or {@link SimplePerformantInstrumentation} is theirs, which return nothing.
 */
final class LeanInstrumentation extends ChainedInstrumentation {

	private final boolean fieldExecution;

	private final boolean fieldFetching;

	private final boolean fieldCompletion;

	private final boolean fieldListCompletion;

	private final boolean executeObject;

	private final boolean deferredField;

	private final boolean dataFetcher;

	LeanInstrumentation(List<Instrumentation> instrumentations) {
		super(instrumentations);
		this.fieldExecution = implemented(instrumentations, "beginFieldExecution", InstrumentationFieldParameters.class);
		// the deprecated beginFieldFetch is what the default beginFieldFetching calls
		this.fieldFetching = implemented(instrumentations, "beginFieldFetching", InstrumentationFieldFetchParameters.class)
				|| implemented(instrumentations, "beginFieldFetch", InstrumentationFieldFetchParameters.class);
		this.fieldCompletion = implemented(instrumentations, "beginFieldCompletion",
				InstrumentationFieldCompleteParameters.class);
		this.fieldListCompletion = implemented(instrumentations, "beginFieldListCompletion",
				InstrumentationFieldCompleteParameters.class);
		this.executeObject = implemented(instrumentations, "beginExecuteObject",
				InstrumentationExecutionStrategyParameters.class);
		this.deferredField = implemented(instrumentations, "beginDeferredField", InstrumentationFieldParameters.class);
		this.dataFetcher = instrumentations.stream()
			.anyMatch(i -> declaredBelowTheBases(i, "instrumentDataFetcher", DataFetcher.class,
					InstrumentationFieldFetchParameters.class, InstrumentationState.class));
	}

	/** Whether any member declares the hook {@code name(parameters, InstrumentationState)}. */
	static boolean implemented(List<Instrumentation> instrumentations, String name, Class<?> parameters) {
		return instrumentations.stream()
			.anyMatch(i -> declaredBelowTheBases(i, name, parameters, InstrumentationState.class));
	}

	private static boolean declaredBelowTheBases(Instrumentation instrumentation, String name, Class<?>... types) {
		try {
			Class<?> declaring = instrumentation.getClass().getMethod(name, types).getDeclaringClass();
			return declaring != Instrumentation.class && declaring != SimplePerformantInstrumentation.class;
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("graphql-java's Instrumentation has no " + name, ex);
		}
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return fieldExecution ? super.beginFieldExecution(parameters, state) : null;
	}

	@Override
	public @Nullable FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return fieldFetching ? super.beginFieldFetching(parameters, state) : null;
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return fieldCompletion ? super.beginFieldCompletion(parameters, state) : null;
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginFieldListCompletion(
			InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
		return fieldListCompletion ? super.beginFieldListCompletion(parameters, state) : null;
	}

	@Override
	public @Nullable ExecuteObjectInstrumentationContext beginExecuteObject(
			InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
		return executeObject ? super.beginExecuteObject(parameters, state) : null;
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return deferredField ? super.beginDeferredField(parameters, state) : null;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return dataFetcher ? super.instrumentDataFetcher(fetcher, parameters, state) : fetcher;
	}

}
