package cn.yongxing.silvergraph.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class MigrationTests {

	@Test
	void shouldParseVersionDescriptionAndStatementsSkippingComments() {
		var m = Migration.parse("V012__add_search_indexes.cypher", """
				// a comment; with a semicolon
				CREATE INDEX a IF NOT EXISTS
				FOR (n:A) ON (n.x);

				CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);
				""");
		assertThat(m.version()).isEqualTo(12);
		assertThat(m.description()).isEqualTo("add search indexes");
		assertThat(m.statements()).containsExactly("CREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.x)",
				"CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)");
	}

	@Test
	void shouldGiveTheSameChecksumForTheSameTextWhateverTheLineEndings() {
		assertThat(Migration.parse("V1__a.cypher", "RETURN 1;\n").checksum())
			.isEqualTo(Migration.parse("V1__a.cypher", "RETURN 1;\r\n").checksum())
			.isNotEqualTo(Migration.parse("V1__a.cypher", "RETURN 2;\n").checksum());
	}

	@Test
	void shouldRejectFileNamesWithoutVersion() {
		assertThatIllegalArgumentException().isThrownBy(() -> Migration.parse("add_index.cypher", "RETURN 1;"))
			.withMessageContaining("V001__description.cypher");
	}

}
