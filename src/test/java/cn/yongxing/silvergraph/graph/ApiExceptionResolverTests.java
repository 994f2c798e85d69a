package cn.yongxing.silvergraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;

class ApiExceptionResolverTests {

	private final ApiExceptionResolver resolver = new ApiExceptionResolver();

	private final graphql.schema.DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
		.mergedField(MergedField.newMergedField(new Field("partnerCommunities")).build())
		.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
			.type(Scalars.GraphQLString)
			.path(ResultPath.rootPath().segment("partnerCommunities"))
			.build())
		.build();

	@Test
	void shouldReportBadInputAndMissingCapabilitiesWithTheirCodesAndMessages() {
		var bad = resolver.resolveToSingleError(new BadInputException("first must not be negative"), env);
		assertThat(bad.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
		assertThat(bad.getMessage()).isEqualTo("first must not be negative");
		var missing = resolver.resolveToSingleError(new UnavailableException("install the GDS plugin"), env);
		assertThat(missing.getExtensions()).containsEntry("code", "UNAVAILABLE");
		assertThat(missing.getMessage()).isEqualTo("install the GDS plugin");
	}

	@Test
	void shouldLeaveOtherFailuresToTheGenericInternalError() {
		assertThat(resolver.resolveToSingleError(new IllegalStateException("secret detail"), env)).isNull();
	}

}
