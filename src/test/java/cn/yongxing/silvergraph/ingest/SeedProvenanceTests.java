package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The seed as a public record: every fact names a source that exists, every source but the article
 * has the address of a web page, and what a non-article source is quoted for is a short note in the
 * seed authors' words (third-party text is paraphrased, not copied). The article's excerpts are its
 * own sentences, verbatim.
 */
class SeedProvenanceTests {

	private static final Path SEED = Path.of("seed");

	/** The one source whose excerpts are verbatim sentences. */
	private static final String ARTICLE = "hnrb-2023-yongxing";

	/** Longest note a non-article source may be cited with. */
	static final int SHORT_NOTE = 160;

	/**
	 * Print references no stored web page was found for; each says so in its note. Every other source
	 * but the article must have a url.
	 */
	private static final Set<String> PRINT_ONLY = Set.of("nfm-extraction-handbook");

	@Test
	void givesEverySourceButTheArticleTheAddressOfAWebPage() throws IOException {
		Map<String, Map<String, String>> sources = sources();
		assertThat(sources).containsKey(ARTICLE);
		List<String> missing = new ArrayList<>();
		sources.forEach((key, s) -> {
			boolean exempt = key.equals(ARTICLE) || PRINT_ONLY.contains(key) && s.get("note").contains("no url");
			if (!exempt && s.get("url").isEmpty()) {
				missing.add(key);
			}
		});
		assertThat(missing).as("sources without a url").isEmpty();
		assertThat(sources.values()).filteredOn(s -> !s.get("url").isEmpty())
			.allSatisfy(s -> assertThat(s.get("url")).matches("https?://[^/\\s]+.*"));
		assertThat(sources.values()).filteredOn(s -> !s.get("key").equals(ARTICLE) && !PRINT_ONLY.contains(s.get("key")))
			.allSatisfy(s -> assertThat(s.get("title")).isNotBlank())
			.allSatisfy(s -> assertThat(s.get("publisher")).as("publisher of %s", s.get("key")).isNotBlank())
			.allSatisfy(s -> assertThat(s.get("date")).as("date of %s", s.get("key")).isNotBlank());
	}

	@Test
	void citesAnExistingSourceWithAnExcerptForEveryFact() throws IOException {
		Set<String> keys = sources().keySet();
		int facts = 0;
		for (FileSpec spec : DatasetFormat.FILES) {
			if (spec.file().equals("sources.csv")) {
				continue;
			}
			for (Dataset.Row row : rows(spec.file())) {
				facts++;
				String where = spec.file() + ":" + row.line();
				assertThat(row.cells().getOrDefault("source", "")).as("source of %s", where).isIn(keys);
				assertThat(row.cells().getOrDefault("excerpt", "")).as("excerpt of %s", where).isNotBlank();
			}
		}
		assertThat(facts).isGreaterThan(500);
	}

	@Test
	void quotesNoNonArticleSourceWithMoreThanAShortNote() throws IOException {
		List<String> tooLong = new ArrayList<>();
		for (FileSpec spec : DatasetFormat.FILES) {
			if (spec.file().equals("sources.csv")) {
				continue;
			}
			for (Dataset.Row row : rows(spec.file())) {
				String excerpt = row.cells().getOrDefault("excerpt", "");
				if (!ARTICLE.equals(row.cells().get("source")) && excerpt.codePointCount(0, excerpt.length()) > SHORT_NOTE) {
					tooLong.add(spec.file() + ":" + row.line() + " (" + excerpt.length() + " characters)");
				}
			}
		}
		assertThat(tooLong).isEmpty();
	}

	@Test
	void keepsNoCompiledSourceWithoutAnAddress() throws IOException {
		assertThat(sources()).doesNotContainKeys("regional-press-reports", "company-public-info");
	}

	private static Map<String, Map<String, String>> sources() throws IOException {
		Map<String, Map<String, String>> byKey = new HashMap<>();
		for (Dataset.Row row : rows("sources.csv")) {
			Map<String, String> cells = new HashMap<>(row.cells());
			for (String column : List.of("title", "publisher", "date", "url", "note")) {
				cells.putIfAbsent(column, "");
			}
			byKey.put(cells.get("key"), cells);
		}
		return byKey;
	}

	private static List<Dataset.Row> rows(String file) throws IOException {
		DatasetFiles files = DatasetFiles.inDirectory(SEED);
		if (!files.names().contains(file)) {
			return List.of();
		}
		List<Dataset.Row> out = new ArrayList<>();
		try (Dataset.Rows rows = Dataset.rows(files.open(file))) {
			while (rows.hasNext()) {
				out.add(rows.next());
			}
		}
		return out;
	}

}
