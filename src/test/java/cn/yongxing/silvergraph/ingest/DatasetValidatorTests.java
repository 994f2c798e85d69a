package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DatasetValidatorTests {

	private final DatasetValidator validator = new DatasetValidator((label, keys) -> Set.of());

	private static final String SOURCES = "key,title,publisher,date,url,kind,note\ns1,Doc,,2023,,ARTICLE,\n";

	@Test
	void shouldAcceptAValidDatasetAndConvertTypes() {
		var result = validator.validate(dataset("metals.csv",
				"symbol,name,nameZh,group,source,excerpt\nAg,Silver,银,PRECIOUS,s1,某句。\n"));
		assertThat(result.problems()).isEmpty();
		assertThat(result.files()).extracting(f -> f.spec().file()).containsExactly("sources.csv", "metals.csv");
		assertThat(result.files().get(1).rows().getFirst()).containsEntry("key", "Ag");
	}

	@Test
	void shouldRejectControlCharactersAndNonCharactersButKeepTabsLineBreaksAndSupplementaryCharacters() {
		for (String bad : List.of("Sil\u0001ver", "Silver\uFFFF", "Sil\u0085ver", "Silver\uD800", "\u007Fx")) {
			var result = validator.validate(dataset("metals.csv",
					"symbol,name,nameZh,group,source,excerpt\nAg,\"" + bad + "\",银,PRECIOUS,s1,x\n"));
			assertThat(result.problems()).as(bad).singleElement()
				.satisfies(p -> assertThat(p.toString()).contains("metals.csv:2 [name]", "holds the character U+"));
		}
		var fine = validator.validate(dataset("metals.csv",
				"symbol,name,nameZh,group,source,excerpt\nAg,\"Sil\tver\nline 𠀀\",银,PRECIOUS,s1,x\n"));
		assertThat(fine.problems()).isEmpty();
	}

	@Test
	void shouldEchoAtMostTwoHundredCharactersOfABadValue() {
		var result = validator.validate(dataset("shares.csv",
				"metal,holder,scope,basis,value,year,qualifier,source,excerpt\nAg,Cluster:c,NATIONAL,OUTPUT,"
						+ "9".repeat(100_000) + ",2022,,s1,x\n"));
		assertThat(result.problems()).filteredOn(p -> "value".equals(p.column())).singleElement()
			.satisfies(p -> assertThat(p.value()).hasSizeLessThan(240).endsWith("(100000 characters)"));
	}

	@Test
	void shouldReportEveryBadCellWithFileLineColumnValueAndReason() {
		var result = validator.validate(dataset("shares.csv", """
				metal,holder,scope,basis,value,year,qualifier,source,excerpt
				Ag,Cluster:c,NATIONAL,OUTPUT,17.9,2022,,s1,x
				Ag,Cluster:c,MARS,OUTPUT,0.1,20222,,s1,x
				"""));
		assertThat(result.problems()).extracting(ImportProblem::toString)
			.anySatisfy(p -> assertThat(p).contains("shares.csv:2 [value] '17.9'", "fraction"))
			.anySatisfy(p -> assertThat(p).contains("shares.csv:3 [scope] 'MARS'", "must be one of"))
			.anySatisfy(p -> assertThat(p).contains("shares.csv:3 [year] '20222'"))
			.anySatisfy(p -> assertThat(p).contains("[metal] 'Ag'", "neither in this dataset nor in the database"))
			.anySatisfy(p -> assertThat(p).contains("[holder] 'Cluster:c'"));
	}

	@Test
	void shouldRejectUnknownFilesColumnsMissingProvenanceAndDuplicateKeys() {
		var result = validator.validate(dataset("metals.csv", """
				symbol,name,nameZh,group,colour,source,excerpt
				Ag,Silver,银,PRECIOUS,grey,s1,x
				"""));
		assertThat(result.problems()).extracting(ImportProblem::reason).anyMatch(r -> r.startsWith("unknown column"));
		var dup = validator.validate(dataset("metals.csv", """
				symbol,name,nameZh,group,source,excerpt
				Ag,Silver,银,PRECIOUS,s1,x
				Ag,Argentum,银,PRECIOUS,s1,x
				Ag,Silver,银,PRECIOUS,,
				"""));
		assertThat(dup.problems()).extracting(ImportProblem::toString)
			.anySatisfy(p -> assertThat(p).contains("metals.csv:3", "duplicate key"))
			.anySatisfy(p -> assertThat(p).contains("metals.csv:4 [source]", "required"));
		var unknown = validator.validate(new Dataset(Map.of("widgets.csv", "a\n1\n")));
		assertThat(unknown.problems()).extracting(ImportProblem::reason).anyMatch(r -> r.startsWith("unknown file"));
	}

	@Test
	void shouldFindTheSameProblemsWhenCheckingWithoutKeepingRows() {
		var dataset = dataset("enterprises.csv", """
				key,name,local,park,source,excerpt
				e1,甲,false,,s1,x
				e1,乙,false,,s1,y
				e2,丙,maybe,,s1,x
				e3,丁,false,no-such-park,s1,x
				""");

		var kept = validator.validate(dataset);
		var checked = validator.check(DatasetFiles.of(dataset));

		assertThat(kept.problems()).hasSize(3);
		assertThat(checked.problems()).containsExactlyElementsOf(kept.problems());
		assertThat(checked.rowCounts()).isEqualTo(kept.rowCounts());
	}

	@Test
	void shouldCollectTheKeysEachLabelDefinesAndResolveReferencesToLaterRowsOfTheSameFile() {
		var checked = validator.check(DatasetFiles.of(dataset("parks.csv", """
				key,name,kind,parent,source,excerpt
				zone-a,甲园,ZONE,park-b,s1,x
				park-b,乙园,PARK,,s1,x
				""")));

		assertThat(checked.problems()).isEmpty();
		assertThat(checked.keys()).containsEntry("Park", java.util.Set.of("zone-a", "park-b"))
			.containsEntry("Source", java.util.Set.of("s1"));
	}

	private static Dataset dataset(String file, String text) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("sources.csv", SOURCES);
		files.put(file, text);
		return new Dataset(files);
	}

}
