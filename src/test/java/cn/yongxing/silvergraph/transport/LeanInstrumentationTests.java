package cn.yongxing.silvergraph.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

class LeanInstrumentationTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { a: String b: [Item] } type Item { c: String }"),
			RuntimeWiring.newRuntimeWiring()
				.type("Query", t -> t.dataFetcher("a", e -> "x")
					.dataFetcher("b", e -> List.of(Map.of("c", "1"), Map.of("c", "2"))))
				.build());

	/** Implements a request-level hook only, as the service's own instrumentations do. */
	static final class Requests extends SimplePerformantInstrumentation {

		final AtomicInteger executions = new AtomicInteger();

		@Override
		public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
				InstrumentationState state) {
			executions.incrementAndGet();
			return null;
		}

	}

	/** Implements a per-field hook. */
	static final class Completions extends SimplePerformantInstrumentation {

		final AtomicInteger completed = new AtomicInteger();

		@Override
		public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
				InstrumentationState state) {
			return new InstrumentationContext<>() {
				@Override
				public void onDispatched() {
				}

				@Override
				public void onCompleted(Object result, Throwable t) {
					completed.incrementAndGet();
				}
			};
		}

	}

	private static Map<String, Object> run(Instrumentation instrumentation) {
		return GraphQL.newGraphQL(SCHEMA).instrumentation(instrumentation).build().execute("{ a b { c } }").getData();
	}

	@Test
	void skipsAPerFieldHookNoMemberImplementsAndRunsTheOthersAsTheChainDoes() {
		Requests requests = new Requests();
		var lean = new LeanInstrumentation(List.of(requests, new SimplePerformantInstrumentation()));
		// nothing to call: the hook answers at once, without the members
		assertThat(lean.beginFieldCompletion(null, null)).isNull();
		assertThat(lean.beginFieldExecution(null, null)).isNull();
		assertThat(lean.beginFieldFetching(null, null)).isNull();
		assertThat(lean.beginExecuteObject(null, null)).isNull();
		DataFetcher<?> fetcher = e -> "x";
		assertThat(lean.instrumentDataFetcher(fetcher, null, null)).isSameAs(fetcher);

		assertThat(run(lean)).isEqualTo(run(new ChainedInstrumentation(List.of(new SimplePerformantInstrumentation()))))
			.containsEntry("a", "x");
		assertThat(requests.executions).hasValue(1);
	}

	@Test
	void callsAPerFieldHookAMemberImplementsAsOftenAsGraphqlJavasChain() {
		Completions lean = new Completions();
		Completions chained = new Completions();
		Map<String, Object> leanData = run(new LeanInstrumentation(List.of(new Requests(), lean)));
		Map<String, Object> chainedData = run(new ChainedInstrumentation(List.of(new Requests(), chained)));

		assertThat(leanData).isEqualTo(chainedData);
		// a, b and the c of each of b's two items
		assertThat(lean.completed).hasValue(4).hasValue(chained.completed.get());
	}

}
