package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Zip uploads are bounded: total expanded size, entry count; truncated archives are refused, not a 500. */
class DatasetZipTests {

	static byte[] zip(int entries, int bytesEach) throws Exception {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (int i = 0; i < entries; i++) {
				zip.putNextEntry(new ZipEntry(i == 0 ? "enterprises.csv" : "x" + i + ".txt"));
				byte[] line = new byte[bytesEach];
				Arrays.fill(line, (byte) 'a');
				zip.write(line);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	@Test
	void refusesAZipThatExpandsPastTheBound() throws Exception {
		byte[] bomb = zip(1, 5 * 1024 * 1024);
		assertThat(bomb.length).isLessThan(100_000);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Dataset.fromZip(new ByteArrayInputStream(bomb), 1024 * 1024, 10))
			.withMessageContaining("expands to more than 1048576 bytes");
	}

	@Test
	void refusesTooManyEntries() throws Exception {
		byte[] many = zip(20, 1);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Dataset.fromZip(new ByteArrayInputStream(many), 1024 * 1024, 10))
			.withMessageContaining("more than 10 entries");
	}

	@Test
	void refusesATruncatedZip() throws Exception {
		byte[] whole = zip(1, 1000);
		byte[] cut = Arrays.copyOf(whole, 40);
		assertThatIllegalArgumentException().isThrownBy(() -> Dataset.fromZip(new ByteArrayInputStream(cut)));
		byte[] header = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 };
		assertThatIllegalArgumentException().isThrownBy(() -> Dataset.fromZip(new ByteArrayInputStream(header)));
	}

}
