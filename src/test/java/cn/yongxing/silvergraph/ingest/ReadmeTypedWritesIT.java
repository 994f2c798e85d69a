package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.yongxing.silvergraph.support.WritableGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The README's typed-write example runs as written: its GraphQL block is taken from the README, each
 * operation run in turn as an EDITOR; every one is accepted but the last, which is the CONFLICT it
 * shows, and the firm keeps the value of the accepted update.
 */
@WritableGraphTest
class ReadmeTypedWritesIT {

	private static final Pattern OPERATION = Pattern.compile("^mutation (\\w+)", Pattern.MULTILINE);

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	@SuppressWarnings("unchecked")
	void shouldRunTheReadmeExampleAsWritten() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		int section = readme.indexOf("## Write typed records");
		assertThat(section).as("the README's typed-write section").isPositive();
		int start = readme.indexOf("```graphql\n", section) + "```graphql\n".length();
		String document = readme.substring(start, readme.indexOf("```", start));
		List<String> operations = new ArrayList<>();
		Matcher m = OPERATION.matcher(document);
		while (m.find()) {
			operations.add(m.group(1));
		}
		assertThat(operations).hasSizeGreaterThanOrEqualTo(5);

		HttpGraphQlTester editor = graphQl.mutate().responseTimeout(Duration.ofSeconds(60))
			.header("X-API-Key", WritableGraphTest.EDITOR_KEY).build();
		for (int i = 0; i < operations.size(); i++) {
			Map<String, Object> data = editor.document(document).operationName(operations.get(i)).execute()
				.returnResponse().getData();
			Map<String, Object> payload = (Map<String, Object>) data.values().iterator().next();
			List<Map<String, Object>> errors = (List<Map<String, Object>>) payload.get("errors");
			if (i < operations.size() - 1) {
				assertThat(errors).as(operations.get(i)).isEmpty();
				assertThat(payload.get("accepted")).as(operations.get(i)).isEqualTo(true);
			}
			else {
				assertThat(payload.get("accepted")).as(operations.get(i)).isEqualTo(false);
				assertThat(errors).as(operations.get(i)).extracting(e -> e.get("code")).containsExactly("CONFLICT");
			}
		}
		graphQl.document("{ enterprise(id: \"Enterprise:demo-firm\") { employees version park { key } "
				+ "customers { customer { key } volumeT } } }").execute()
			.path("enterprise.employees").entity(Integer.class).isEqualTo(95)
			.path("enterprise.version").entity(Integer.class).isEqualTo(2)
			.path("enterprise.park.key").entity(String.class).isEqualTo("demo-park")
			.path("enterprise.customers[0].customer.key").entity(String.class).isEqualTo("tengchi")
			.path("enterprise.customers[0].volumeT").entity(Double.class).isEqualTo(12.5);
	}

}
