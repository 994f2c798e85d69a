package cn.yongxing.silvergraph.observability;

import java.time.Duration;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Logs every GraphQL operation slower than {@code silvergraph.observability.slow-operation} at WARN
 * with its operation name, duration and request id (the query text at DEBUG), so an operator can
 * find the client and the document behind a slow request.
 */
@Component
class SlowOperationLog extends SimplePerformantInstrumentation {

	private static final Logger log = LoggerFactory.getLogger(SlowOperationLog.class);

	private final Duration threshold;

	SlowOperationLog(@Value("${silvergraph.observability.slow-operation:1s}") Duration threshold) {
		this.threshold = threshold;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		long started = System.nanoTime();
		String requestId = MDC.get(RequestIdFilter.MDC_KEY);
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			if (took.compareTo(threshold) >= 0) {
				String name = parameters.getOperation() == null ? "(anonymous)" : parameters.getOperation();
				log.warn("Slow GraphQL operation {} took {} ms (request {}, {} errors)", name, took.toMillis(),
						requestId, result == null ? "?" : result.getErrors().size());
				log.debug("Slow operation document: {}", parameters.getQuery());
			}
		});
	}

}
