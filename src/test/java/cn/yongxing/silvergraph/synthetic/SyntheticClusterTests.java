package cn.yongxing.silvergraph.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticClusterTests {

	@TempDir
	Path dir;

	@Test
	void shouldComputeTheCheckCharacterOfApplicationNumbers() {
		// 2,0,2,3,1,0,0,0,0,0,0,1 weighted 2..9,2..5: 4+0+8+15+6+0+0+0+0+0+0+5 = 38, 38 mod 11 = 5
		assertThat(CnPatentNumbers.of(2023, 1, 1)).isEqualTo("CN202310000001.5");
		assertThat(CnPatentNumbers.isValid("CN202310000001.5")).isTrue();
		assertThat(CnPatentNumbers.isValid("CN202310000001.4")).isFalse();
		assertThat(CnPatentNumbers.isValid("CN20231000001.5")).isFalse();
	}

	@Test
	void shouldWriteXForCheckTen() {
		String withX = java.util.stream.IntStream.range(1, 200)
			.mapToObj(s -> CnPatentNumbers.of(2021, 2, s))
			.filter(n -> n.endsWith("X"))
			.findFirst()
			.orElseThrow();
		assertThat(CnPatentNumbers.isValid(withX)).isTrue();
	}

	@Test
	void shouldGenerateTheSameBytesForTheSameScaleAndSeed(@TempDir Path other) throws IOException {
		SyntheticCluster.generate(0.05, 42, dir);
		SyntheticCluster.generate(0.05, 42, other);
		for (String file : List.of("enterprises.csv", "patents.csv", "supplies.csv", "financials.csv")) {
			assertThat(Files.readString(dir.resolve(file))).isEqualTo(Files.readString(other.resolve(file)));
		}
	}

	@Test
	void shouldGenerateAThousandFirmsPerScaleUnitWithAboutTenValidPatentsEach() throws IOException {
		var summary = SyntheticCluster.generate(0.2, 1, dir);
		assertThat(summary.enterprises()).isEqualTo(200);
		assertThat(summary.rows().get("patents.csv")).isBetween(1400L, 2800L);
		assertThat(summary.rows().get("financials.csv")).isEqualTo(600L);
		List<String> numbers = Files.readAllLines(dir.resolve("patents.csv")).stream().skip(1)
			.map(l -> l.substring(0, l.indexOf(',')))
			.toList();
		assertThat(numbers).allMatch(CnPatentNumbers::isValid).doesNotHaveDuplicates();
		assertThat(Files.readString(dir.resolve("sources.csv"))).contains("synthetic-cluster,", ",SYNTHETIC,");
	}

	@Test
	void shouldRefuseToWriteIntoASeedDirectory() {
		assertThatIllegalArgumentException().isThrownBy(() -> SyntheticCluster.generate(0.01, 1, dir.resolve("seed")));
	}

}
