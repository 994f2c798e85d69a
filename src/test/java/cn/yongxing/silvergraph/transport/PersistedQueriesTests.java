package cn.yongxing.silvergraph.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Automatic persisted queries and the allow-list mode. */
class PersistedQueriesTests {

	private static final String DOC = "{ metals { symbol } }";

	private static final String HASH = PersistedQueries.sha256(DOC);

	@Test
	void learnsADocumentSentWithItsHashAndServesItByHashAfterwards() {
		var queries = PersistedQueries.open(10);
		assertThat(queries.resolve(null, HASH)).isEqualTo(
				new PersistedQueries.Refusal("PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound"));
		assertThat(queries.resolve(DOC, HASH)).isEqualTo(new PersistedQueries.Document(DOC));
		assertThat(queries.resolve(null, HASH.toUpperCase())).isEqualTo(new PersistedQueries.Document(DOC));
	}

	@Test
	void refusesAHashThatDoesNotMatchTheDocumentOrIsMalformed() {
		var queries = PersistedQueries.open(10);
		assertThat(queries.resolve("{ metals { name } }", HASH))
			.isInstanceOf(PersistedQueries.Refusal.class)
			.extracting(r -> ((PersistedQueries.Refusal) r).code()).isEqualTo("BAD_USER_INPUT");
		assertThat(queries.resolve(null, "'; MATCH (n) DETACH DELETE n //"))
			.extracting(r -> ((PersistedQueries.Refusal) r).code()).isEqualTo("BAD_USER_INPUT");
		assertThat(queries.resolve(null, null))
			.extracting(r -> ((PersistedQueries.Refusal) r).code()).isEqualTo("BAD_USER_INPUT");
	}

	@Test
	void forgetsTheLeastRecentlyUsedDocumentBeyondItsCapacity() {
		var queries = PersistedQueries.open(2);
		for (String doc : List.of("{ a }", "{ b }", "{ c }")) {
			queries.resolve(doc, PersistedQueries.sha256(doc));
		}
		assertThat(queries.resolve(null, PersistedQueries.sha256("{ a }")))
			.isInstanceOf(PersistedQueries.Refusal.class);
		assertThat(queries.resolve(null, PersistedQueries.sha256("{ c }")))
			.isEqualTo(new PersistedQueries.Document("{ c }"));
	}

	@Test
	void runsOnlyRegisteredDocumentsInAllowListMode() {
		var queries = PersistedQueries.allowList(List.of(DOC));
		assertThat(queries.resolve(null, HASH)).isEqualTo(new PersistedQueries.Document(DOC));
		assertThat(queries.resolve(DOC, null)).isEqualTo(new PersistedQueries.Document(DOC));
		String other = "{ metals { name } }";
		assertThat(queries.resolve(other, PersistedQueries.sha256(other)))
			.extracting(r -> ((PersistedQueries.Refusal) r).code()).isEqualTo("FORBIDDEN");
		assertThat(queries.resolve(null, PersistedQueries.sha256(other)))
			.isInstanceOf(PersistedQueries.Refusal.class);
	}

}
