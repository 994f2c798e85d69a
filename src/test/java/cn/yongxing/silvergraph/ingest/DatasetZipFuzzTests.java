package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/**
 * The zip cases of the hostile-input fuzz, at the reader and validator an upload goes through: random
 * and hostile archives (truncated, corrupted, not zips, many entries, odd entry names, files in GBK or
 * Latin-1, control characters, long lines and cells, more cells than the header) must end in a clear
 * refusal ({@link IllegalArgumentException}) or a validation report, never another exception, and no
 * message may repeat more than a bounded part of the input. Seeded: {@code -Dfuzz.seed=...}.
 */
class DatasetZipFuzzTests {

	private static final List<String> FILES = List.of("sources.csv", "metals.csv", "enterprises.csv", "products.csv",
			"supplies.csv", "unknown.csv", "../../etc/passwd.csv", "dir/metals.csv", "metals.json", "a\u0000b.csv");

	private static final List<String> HEADERS = List.of("key,title,publisher,date,url,kind,note",
			"symbol,name,nameZh,group,source,excerpt", "key,name,local,source,excerpt", "", "\uFEFFkey,name",
			"=cmd|' /C calc'!A0,@SUM(A1)");

	private final DatasetValidator validator = new DatasetValidator((label, keys) -> Set.of());

	@Test
	void hostileArchivesEndInAClearRefusalOrAReport() throws IOException {
		long seed = Long.getLong("fuzz.seed", System.nanoTime());
		var random = new Random(seed);
		var previous = ImportLimits.set(new ImportLimits.Values(4 * 1024 * 1024, 50, 20_000, 2_000));
		try {
			for (int i = 0; i < 400; i++) {
				byte[] upload = archive(random);
				try {
					Dataset dataset = Dataset.fromZip(new ByteArrayInputStream(upload));
					for (ImportProblem p : validator.validate(dataset).problems()) {
						assertThat(p.toString()).as("seed %d: a problem quotes little input", seed).hasSizeLessThan(2_000);
					}
				}
				catch (IllegalArgumentException refused) {
					assertThat(refused.getMessage()).as("seed %d", seed).isNotBlank().hasSizeLessThan(1_000);
				}
			}
		}
		finally {
			ImportLimits.set(previous);
		}
	}

	private static byte[] archive(Random random) throws IOException {
		int shape = random.nextInt(10);
		if (shape == 0) {
			byte[] noise = new byte[random.nextInt(2000)];
			random.nextBytes(noise);
			return noise;
		}
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			int entries = shape == 1 ? 40 + random.nextInt(40) : 1 + random.nextInt(4);
			Set<String> names = new java.util.HashSet<>();
			for (int e = 0; e < entries; e++) {
				String name = FILES.get(random.nextInt(FILES.size())) + (shape == 1 ? "-" + e : "");
				if (!names.add(name)) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(name));
				zip.write(file(random));
				zip.closeEntry();
			}
		}
		byte[] zip = bytes.toByteArray();
		if (shape == 2) {
			// truncated
			return java.util.Arrays.copyOf(zip, random.nextInt(Math.max(1, zip.length)));
		}
		if (shape == 3) {
			// corrupted
			for (int k = 0; k < 5; k++) {
				zip[random.nextInt(zip.length)] = (byte) random.nextInt(256);
			}
		}
		return zip;
	}

	private static byte[] file(Random random) {
		StringBuilder text = new StringBuilder(HEADERS.get(random.nextInt(HEADERS.size()))).append('\n');
		int rows = random.nextInt(20);
		for (int r = 0; r < rows; r++) {
			int cells = 1 + random.nextInt(9);
			List<String> row = new ArrayList<>();
			for (int c = 0; c < cells; c++) {
				row.add(cell(random));
			}
			text.append(String.join(",", row)).append(random.nextBoolean() ? "\n" : "\r\n");
		}
		Charset charset = switch (random.nextInt(5)) {
			case 0 -> Charset.forName("GBK");
			case 1 -> StandardCharsets.ISO_8859_1;
			default -> StandardCharsets.UTF_8;
		};
		return text.toString().getBytes(charset);
	}

	private static String cell(Random random) {
		return switch (random.nextInt(12)) {
			case 0 -> "x".repeat(random.nextInt(30_000));
			case 1 -> "\"unterminated";
			case 2 -> "\u0000\u0001\u001b[31m";
			case 3 -> "银" + "\uFFFF" + "\uD800";
			case 4 -> "\"a,b\"\"c\"";
			case 5 -> "=HYPERLINK(\"http://x\")";
			case 6 -> "Ag";
			case 7 -> "";
			case 8 -> "藤" + random.nextInt();
			case 9 -> "\"" + "多行\n".repeat(random.nextInt(50)) + "\"";
			default -> Integer.toString(random.nextInt(), 36);
		};
	}

}
