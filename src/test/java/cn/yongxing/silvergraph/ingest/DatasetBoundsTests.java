package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an import refuses instead of losing or mangling: cells beyond the header, bytes that are not
 * UTF-8, lines and cells over their limits; each a problem at its line, quoting little of the input.
 */
class DatasetBoundsTests {

	private static final String SOURCES = "key,title,publisher,date,url,kind,note\ns1,T,P,2024-01-01,,SYNTHETIC,n\n";

	private static final String HEADER = "symbol,name,nameZh,group,source,excerpt\n";

	private final DatasetValidator validator = new DatasetValidator((label, keys) -> Set.of());

	@Test
	void aRowWithMoreCellsThanTheHeaderIsAProblemAtItsLine() {
		var problems = validate(Map.of("metals.csv", HEADER + "Ag,Silver,银,PRECIOUS,s1,某句。\nBi,Bismuth,铋,SCATTERED,s1,某句。,lost\n"));
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("metals.csv");
			assertThat(p.line()).isEqualTo(3);
			assertThat(p.reason()).contains("1 cell(s) more than the header's 6 columns");
		});
		// empty trailing cells lose nothing and pass
		assertThat(validate(Map.of("metals.csv", HEADER + "Ag,Silver,银,PRECIOUS,s1,某句。,,\n"))).isEmpty();
	}

	@Test
	void gbkAndLatin1BytesAreRefusedAtTheLineOfTheFirstSuchByteWhateverTheRoute(@TempDir Path dir) throws IOException {
		for (Charset charset : List.of(Charset.forName("GBK"), StandardCharsets.ISO_8859_1)) {
			boolean latin1 = charset.equals(StandardCharsets.ISO_8859_1);
			// Latin-1 cannot hold 银: only the é of line 3 is not UTF-8
			byte[] metals = (HEADER + (latin1 ? "Ag,Silver,Ag,PRECIOUS,s1,x\n" : "Ag,Silver,银,PRECIOUS,s1,某句。\n")
					+ "Bi,Bismuth,Bismuth-é,SCATTERED,s1,x\n").getBytes(charset);
			int line = latin1 ? 3 : 2;
			// a zip upload, and a directory read as the bulk importer streams it
			Dataset zipped = Dataset.fromZip(new ByteArrayInputStream(zip(Map.of("sources.csv",
					SOURCES.getBytes(StandardCharsets.UTF_8), "metals.csv", metals))));
			Files.write(dir.resolve("sources.csv"), SOURCES.getBytes(StandardCharsets.UTF_8));
			Files.write(dir.resolve("metals.csv"), metals);
			for (var problems : List.of(validator.validate(zipped).problems(),
					validator.check(DatasetFiles.inDirectory(dir)).problems())) {
				assertThat(problems).as(charset.name()).singleElement().satisfies(p -> {
					assertThat(p.code()).isEqualTo(ImportProblem.Code.INVALID_FILE);
					assertThat(p.file()).isEqualTo("metals.csv");
					assertThat(p.line()).isEqualTo(line);
					assertThat(p.reason()).contains("not UTF-8").contains("save the file as UTF-8");
				});
			}
		}
	}

	@Test
	void aRealReplacementCharacterInUtf8TextIsData() {
		assertThat(validate(Map.of("metals.csv", HEADER + "Ag,Silver,银\uFFFD,PRECIOUS,s1,x\n"))).isEmpty();
	}

	@Test
	void aQuotedCellCannotOutgrowTheLimitByBreakingItsLinesAndCrOnlyFilesAreLines() {
		var previous = ImportLimits.set(new ImportLimits.Values(1 << 20, 10, 1000, 100_000));
		try {
			String cell = "\"" + "短行\n".repeat(2000) + "\"";
			var problems = validate(Map.of("metals.csv", HEADER + "Ag,Silver,银,PRECIOUS,s1," + cell + "\n"));
			assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).contains("longer than 1000"));
			String crOnly = (HEADER + "Ag,Silver,银,PRECIOUS,s1,x\n").replace('\n', '\r')
					+ "Bi,Bismuth,铋,SCATTERED,s1,y\r".repeat(1);
			assertThat(validate(Map.of("metals.csv", crOnly + "x".repeat(0)))).isEmpty();
			StringBuilder many = new StringBuilder(HEADER.replace('\n', '\r'));
			for (int i = 0; i < 200; i++) {
				many.append("Ag,Silver,银,PRECIOUS,s1,x\r");
			}
			assertThat(validate(Map.of("metals.csv", many.toString()))).isEmpty();
		}
		finally {
			ImportLimits.set(previous);
		}
	}

	@Test
	void aLineOverTheLimitIsRefusedWithItsNumberAndNotEchoed() {
		var previous = ImportLimits.set(new ImportLimits.Values(1 << 20, 10, 1000, 500));
		try {
			String huge = "x".repeat(50_000);
			var problems = validate(Map.of("metals.csv", HEADER + "Ag,Silver,银,PRECIOUS,s1,x\nBi," + huge + ",铋,SCATTERED,s1,x\n"));
			assertThat(problems).singleElement().satisfies(p -> {
				assertThat(p.code()).isEqualTo(ImportProblem.Code.INVALID_FILE);
				assertThat(p.line()).isEqualTo(3);
				assertThat(p.reason()).contains("longer than 1000 characters").contains("max-line-length");
				assertThat(p.toString()).hasSizeLessThan(1000);
			});
			// a header line too: its cells are never echoed in full as a column name
			var header = validate(Map.of("metals.csv", huge + "\n"));
			assertThat(header).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
		}
		finally {
			ImportLimits.set(previous);
		}
	}

	@Test
	void aCellOverTheLimitIsAProblemOfThatCell() {
		var previous = ImportLimits.set(new ImportLimits.Values(1 << 20, 10, 10_000, 500));
		try {
			var problems = validate(Map.of("metals.csv", HEADER + "Ag,Silver,银,PRECIOUS,s1," + "长".repeat(600) + "\n"));
			assertThat(problems).singleElement().satisfies(p -> {
				assertThat(p.line()).isEqualTo(2);
				assertThat(p.column()).isEqualTo("excerpt");
				assertThat(p.reason()).contains("600 characters long").contains("at most 500");
				assertThat(p.value()).hasSizeLessThan(ImportProblem.MAX_ECHO + 30);
			});
		}
		finally {
			ImportLimits.set(previous);
		}
	}

	private List<ImportProblem> validate(Map<String, String> files) {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("sources.csv", SOURCES);
		all.putAll(files);
		return validator.validate(new Dataset(all)).problems();
	}

	private static byte[] zip(Map<String, byte[]> entries) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (var e : new LinkedHashMap<>(entries).entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
