package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Dataset text in and out: JSON files, one-record CSV, exported cells, repeated node rows. */
class DatasetTextTests {

	@Test
	void turnsAJsonArrayIntoTheEquivalentCsv() {
		var dataset = Dataset.of(Map.of("products.json", """
				[{"key": "p1", "name": "Silver powder", "stages": ["s1", "s2"], "basis": "TEMPLATE"},
				 {"key": "p2", "name": "Paste, \\"conductive\\"", "purity": null, "basis": "OBSERVED"}]"""));

		assertThat(dataset.files()).containsOnlyKeys("products.csv");
		var parsed = Dataset.parse(dataset.files().get("products.csv"));
		assertThat(parsed.header()).containsExactly("key", "name", "stages", "basis", "purity");
		assertThat(parsed.rows().get(0).cells()).containsEntry("stages", "s1;s2").containsEntry("purity", "");
		assertThat(parsed.rows().get(1).cells()).containsEntry("name", "Paste, \"conductive\"");
		assertThat(parsed.rows().get(1).line()).isEqualTo(3);
	}

	@Test
	void streamsRowsWithTheirLineNumbersSkippingAByteOrderMark() {
		try (Dataset.Rows rows = Dataset.rows(new java.io.StringReader("\uFEFFkey,name\na,甲\n\nb,\"乙, 丙\"\n"))) {
			assertThat(rows.header()).containsExactly("key", "name");
			assertThat(rows.next().cells()).containsEntry("key", "a");
			Dataset.Row second = rows.next();
			assertThat(second.cells()).containsEntry("name", "乙, 丙");
			assertThat(second.line()).isEqualTo(3);
			assertThat(rows.hasNext()).isFalse();
		}
	}

	@Test
	void rejectsJsonThatIsNotAnArrayOfObjects() {
		assertThatIllegalArgumentException().isThrownBy(() -> Dataset.of(Map.of("metals.json", "{\"a\": 1}")))
			.withMessageContaining("metals.json must be a JSON array");
		assertThatIllegalArgumentException().isThrownBy(() -> Dataset.of(Map.of("metals.json", "[{")))
			.withMessageContaining("metals.json is not valid JSON");
	}

	@Test
	void writesOneRecordAsAHeaderAndARowQuotingWhereNeeded() {
		var cells = new LinkedHashMap<String, String>();
		cells.put("key", "acme");
		cells.put("nameEn", "Acme Metals Co., Ltd.");
		assertThat(Dataset.csvOf(cells)).isEqualTo("key,nameEn\nacme,\"Acme Metals Co., Ltd.\"\n");
	}

	@Test
	void exportsNumbersInTheirShortestExactFormAndListsSorted() {
		assertThat(DatasetExporter.format(4820.0)).isEqualTo("4820");
		assertThat(DatasetExporter.format(0.179)).isEqualTo("0.179");
		assertThat(DatasetExporter.format(1.0 / 6)).isEqualTo(String.valueOf(1.0 / 6));
		assertThat(DatasetExporter.format(425_000_000.0)).isEqualTo("425000000");
		assertThat(DatasetExporter.format(2023L)).isEqualTo("2023");
		assertThat(DatasetExporter.format(List.of("b", "a"))).isEqualTo("a;b");
		assertThat(DatasetExporter.format(null)).isEmpty();
		assertThat(DatasetExporter.format(true)).isEqualTo("true");
	}

	@Test
	void acceptsANodeListedOncePerCitingSourceButNotWithDifferentValues() {
		String same = """
				key,name,local,source,excerpt
				e1,甲,false,s1,one
				e1,甲,false,s2,two
				""";
		String different = same.replace("e1,甲,false,s2", "e1,乙,false,s2");
		var validator = new DatasetValidator((label, keys) -> new HashSet<>(keys));

		assertThat(validator.validate(new Dataset(Map.of("enterprises.csv", same))).problems()).isEmpty();
		assertThat(validator.validate(new Dataset(Map.of("enterprises.csv", different))).problems())
			.singleElement()
			.satisfies(p -> assertThat(p.code()).isEqualTo(ImportProblem.Code.DUPLICATE_KEY))
			.satisfies(p -> assertThat(p.line()).isEqualTo(3));
	}

}
