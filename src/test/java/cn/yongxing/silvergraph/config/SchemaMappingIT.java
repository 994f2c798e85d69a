package cn.yongxing.silvergraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yongxing.silvergraph.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every schema field has a data fetcher and every controller mapping has a schema field. */
@GraphIntegrationTest
class SchemaMappingIT {

	@Autowired
	SchemaInspection inspection;

	@Test
	void reportsNoUnmappedSchemaFieldsOrRegistrations() {
		var report = inspection.report();
		assertThat(report).isNotNull();
		assertThat(report.unmappedFields()).as("schema fields without a data fetcher").isEmpty();
		assertThat(report.unmappedRegistrations()).as("controller mappings without a schema field").isEmpty();
		assertThat(report.unmappedArguments()).as("controller arguments not in the schema").isEmpty();
		assertThat(report.skippedTypes()).as("types the inspection could not check").isEmpty();
	}

}
