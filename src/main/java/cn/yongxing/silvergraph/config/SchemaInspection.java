package cn.yongxing.silvergraph.config;

import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.stereotype.Component;

/**
 * Keeps the start-up schema inspection report (schema fields without a data fetcher, controller
 * mappings without a schema field), logs it when it finds something, and exposes it for the test
 * that keeps the schema and the controllers in step.
 */
@Component
public class SchemaInspection implements GraphQlSourceBuilderCustomizer {

	private static final Logger log = LoggerFactory.getLogger(SchemaInspection.class);

	private final AtomicReference<@Nullable SchemaReport> report = new AtomicReference<>();

	@Override
	public void customize(org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder builder) {
		builder.inspectSchemaMappings(r -> {
			report.set(r);
			if (!r.unmappedFields().isEmpty() || !r.unmappedRegistrations().isEmpty()
					|| !r.unmappedArguments().isEmpty() || !r.skippedTypes().isEmpty()) {
				log.warn("GraphQL schema inspection: {}", r);
			}
		});
	}

	/** The report of the last schema built, or null before start-up finished. */
	public @Nullable SchemaReport report() {
		return report.get();
	}

}
