package cn.yongxing.silvergraph.hardening;

import java.util.concurrent.atomic.AtomicInteger;

import cn.yongxing.silvergraph.graph.Aggregates;
import cn.yongxing.silvergraph.graph.PageLimits;
import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Rejects documents over the {@link QueryLimits} (and page sizes over {@link PageLimits}) before
 * anything is fetched, so an expensive request costs no database work at all.
 */
@Component
class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

	private final QueryLimits limits;

	private final PageLimits paging;

	QueryLimitsInstrumentation(QueryLimits limits, PageLimits paging) {
		this.limits = limits;
		this.paging = paging;
	}

	@Override
	public @Nullable InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		String query = parameters.getQuery();
		// every token is at least one character: short documents cannot be over the limit
		if (query != null && query.length() > limits.maxTokens()) {
			int tokens = countTokens(query);
			if (tokens > limits.maxTokens()) {
				throw LimitExceeded.abort("maxTokens", limits.maxTokens(), tokens,
						"The document has " + tokens + " tokens, more than the maximum of " + limits.maxTokens());
			}
		}
		return super.beginParse(parameters, state);
	}

	/** Tokens of a document, counting at most ten times the limit (the parser stops there). */
	private int countTokens(String query) {
		var count = new AtomicInteger();
		var options = ParserOptions.getDefaultOperationParserOptions()
			.transform(o -> o.maxTokens(limits.maxTokens() * 10).parsingListener(t -> count.incrementAndGet()));
		try {
			Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build());
		}
		catch (InvalidSyntaxException ex) {
			// the engine reports syntax errors itself; only the count matters here
		}
		return count.get();
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var context = parameters.getExecutionContext();
		var measure = new Measure();
		QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getOperationDefinition().getName())
			.coercedVariables(context.getCoercedVariables())
			.build()
			.visitPreOrder(new QueryVisitorStub() {
				@Override
				public void visitField(QueryVisitorFieldEnvironment env) {
					measure.field(env);
				}
			});
		if (measure.depth > limits.maxDepth()) {
			throw LimitExceeded.abort("maxDepth", limits.maxDepth(), measure.depth, "The query is nested "
					+ measure.depth + " levels deep, more than the maximum of " + limits.maxDepth());
		}
		if (measure.aliases > limits.maxAliases()) {
			throw LimitExceeded.abort("maxAliases", limits.maxAliases(), measure.aliases, "The query uses "
					+ measure.aliases + " aliases, more than the maximum of " + limits.maxAliases());
		}
		if (measure.complexity > limits.maxComplexity()) {
			throw LimitExceeded.abort("maxComplexity", limits.maxComplexity(), measure.complexity,
					"The query has a complexity of " + measure.complexity + ", more than the maximum of "
							+ limits.maxComplexity() + "; ask for smaller pages or fewer nested lists");
		}
		return super.beginExecuteOperation(parameters, state);
	}

	/** Depth, aliases and complexity of one operation, accumulated field by field. */
	private final class Measure {

		int depth;

		int aliases;

		long complexity;

		void field(QueryVisitorFieldEnvironment env) {
			if (env.isTypeNameIntrospectionField()) {
				return;
			}
			int level = 1;
			long cost = 1;
			for (var parent = env.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
				level++;
				cost = saturatedMultiply(cost, multiplier(parent));
			}
			depth = Math.max(depth, level);
			if (env.getField().getAlias() != null) {
				aliases++;
			}
			complexity = saturatedAdd(complexity, cost);
			if (env.getArguments().get("where") instanceof java.util.Map<?, ?> where) {
				long conditions = filter(env, where, 1);
				if (conditions > limits.maxFilterConditions()) {
					throw LimitExceeded.abort("maxFilterConditions", limits.maxFilterConditions(), conditions,
							"The where of " + env.getField().getName() + " has " + conditions
									+ " conditions, more than the maximum of " + limits.maxFilterConditions());
				}
				// a condition is tested on many rows: it weighs as a list field of the default size
				complexity = saturatedAdd(complexity,
						saturatedMultiply(cost, saturatedMultiply(conditions, limits.defaultListSize())));
			}
			if (Aggregates.readsEveryMatch(env.getFieldsContainer().getName(), env.getField().getName())) {
				// an aggregate or group-by reads every node the list matches, not a page of them
				complexity = saturatedAdd(complexity, saturatedMultiply(cost, limits.defaultListSize()));
			}
			pageSize(env, "first");
			pageSize(env, "last");
		}

		/** How many times a field's selections run: its page size, or a default for other lists. */
		private long multiplier(QueryVisitorFieldEnvironment env) {
			var definition = env.getFieldDefinition();
			if (definition.getArgument("first") != null || definition.getArgument("last") != null) {
				Object size = env.getArguments().get("first");
				size = size != null ? size : env.getArguments().get("last");
				return size instanceof Number n ? Math.max(1, n.longValue()) : paging.defaultSize();
			}
			String name = definition.getName();
			boolean connectionPart = name.equals("edges") || name.equals("nodes");
			if (name.startsWith("__") || connectionPart || !isList(definition.getType())) {
				return 1;
			}
			return limits.defaultListSize();
		}

		/** The conditions (operator values) of a filter, checking its depth and its {@code in} lists. */
		private long filter(QueryVisitorFieldEnvironment env, java.util.Map<?, ?> where, int level) {
			String field = env.getField().getName();
			if (level > limits.maxFilterDepth()) {
				throw LimitExceeded.abort("maxFilterDepth", limits.maxFilterDepth(), level, "The where of " + field
						+ " nests input objects " + level + " levels deep, more than the maximum of "
						+ limits.maxFilterDepth());
			}
			long conditions = 0;
			for (var entry : where.entrySet()) {
				Object value = entry.getValue();
				if (value instanceof java.util.Map<?, ?> nested) {
					conditions = saturatedAdd(conditions, filter(env, nested, level + 1));
				}
				else if (value instanceof java.util.List<?> list && !"in".equals(entry.getKey())) {
					for (Object item : list) {
						conditions = saturatedAdd(conditions,
								item instanceof java.util.Map<?, ?> nested ? filter(env, nested, level + 1) : 1);
					}
				}
				else if (value != null) {
					if (value instanceof java.util.List<?> list && list.size() > limits.maxFilterIn()) {
						throw LimitExceeded.abort("maxFilterIn", limits.maxFilterIn(), list.size(), "An in list of the where of "
								+ field + " has " + list.size() + " values, more than the maximum of " + limits.maxFilterIn());
					}
					conditions = saturatedAdd(conditions, 1);
				}
			}
			return conditions;
		}

		private void pageSize(QueryVisitorFieldEnvironment env, String argument) {
			if (env.getArguments().get(argument) instanceof Number n && n.longValue() > paging.maxSize()) {
				throw LimitExceeded.abort("maxPageSize", paging.maxSize(), n.longValue(),
						"Page size " + n + " (" + env.getField().getName() + "." + argument
								+ ") exceeds the maximum of " + paging.maxSize());
			}
		}

	}

	private static boolean isList(GraphQLType type) {
		GraphQLType t = type instanceof GraphQLNonNull nn ? nn.getWrappedType() : type;
		return t instanceof GraphQLList;
	}

	private static long saturatedMultiply(long a, long b) {
		long r = a * b;
		return (a != 0 && (r / a != b || r < 0)) ? Long.MAX_VALUE : r;
	}

	private static long saturatedAdd(long a, long b) {
		long r = a + b;
		return r < 0 ? Long.MAX_VALUE : r;
	}

}
