package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The bulk importer's statements are the normal importer's, with labels spelled out and CREATE for new keys. */
class BulkStatementsTests {

	private final Map<String, String> normal = DatasetImporter.statements();

	private final BulkStatements bulk = new BulkStatements(normal);

	@Test
	void shouldSpellOutEveryDynamicLabelSoThatNodesAreFoundByTheirUniqueIndex() {
		for (FileSpec spec : DatasetFormat.FILES) {
			for (boolean create : spec.isNodeFile() ? new boolean[] { true, false } : new boolean[] { false }) {
				String statement = bulk.statement(spec, create, firstLabels(spec));
				assertThat(statement).as(spec.file()).doesNotContain("$(");
			}
		}
		FileSpec holds = DatasetFormat.BY_FILE.get("holds.csv");
		assertThat(bulk.statement(holds, false, Map.of("holder", "Institution")))
			.contains("MATCH (holder:`Institution` {key: row.holder.key})");
	}

	@Test
	void shouldUseTheDefaultLabelOfAnOptionalReferenceLeftEmpty() {
		FileSpec platforms = DatasetFormat.BY_FILE.get("platforms.csv");
		assertThat(bulk.statement(platforms, true, Map.of())).contains("OPTIONAL MATCH (operator:`Enterprise`");
	}

	@Test
	void shouldCreateOnlyTheNodeAndItsCitationOfANewKeyAndMergeEverythingElse() {
		for (FileSpec spec : DatasetFormat.FILES) {
			Map<String, String> labels = firstLabels(spec);
			String merging = bulk.statement(spec, false, labels);
			assertThat(merging).as(spec.file()).isEqualTo(BulkStatements.withLabels(normal.get(spec.file()), labels));
			if (spec.isNodeFile()) {
				String creating = bulk.statement(spec, true, labels);
				assertThat(creating.replace("CREATE (n:" + spec.label() + " {", "MERGE (n:" + spec.label() + " {")
					.replace("CREATE (n)-[c:CITED_BY]->(source)", "MERGE (n)-[c:CITED_BY]->(source)"))
					.as(spec.file())
					.isEqualTo(merging);
				assertThat(creating).as(spec.file()).contains("CREATE (n:" + spec.label() + " {key: row.key})");
			}
		}
	}

	@Test
	void shouldRefuseANodeStatementThatNoLongerMergesItsNodeByKey() {
		FileSpec enterprises = DatasetFormat.BY_FILE.get("enterprises.csv");
		assertThatIllegalStateException()
			.isThrownBy(() -> BulkStatements.creating(enterprises, "UNWIND $rows AS row CREATE (n:Enterprise) SET n = row.props"))
			.withMessageContaining("cypher/ingest/enterprises.cypher must contain 'MERGE (n:Enterprise {key: row.key})'");
	}

	/** The first allowed label of every typed reference column. */
	private static Map<String, String> firstLabels(FileSpec spec) {
		Map<String, String> labels = new HashMap<>();
		for (Column column : spec.columns()) {
			if (column.type() instanceof ColumnType.TypedRef ref) {
				labels.put(column.name(), ref.labels().stream().sorted().findFirst().orElseThrow());
			}
		}
		return labels;
	}

}
