package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The import command's options as a new user types them: typos are refused, not ignored. */
class ImportOptionsTests {

	@Test
	void shouldReadTheDatasetTheModeAndSpringProperties() {
		var options = ImportCommand.Options.parse(new String[] { "import", "dir", "--bulk", "--dry-run",
				"--silvergraph.embedded.page-cache=1g" });

		assertThat(options.path()).isEqualTo(Path.of("dir"));
		assertThat(options.bulk()).isTrue();
		assertThat(options.dryRun()).isTrue();
		assertThat(options.springArgs()).isEqualTo(List.of("--silvergraph.embedded.page-cache=1g"));
	}

	@Test
	void shouldRefuseAnOptionItDoesNotKnow() {
		assertThatThrownBy(() -> ImportCommand.Options.parse(new String[] { "import", "dir", "--bulck" }))
			.hasMessage("unknown option --bulck");
		assertThatThrownBy(() -> ImportCommand.Options.parse(new String[] { "import", "dir", "bulk" }))
			.hasMessage("unknown option bulk");
		assertThatThrownBy(() -> ImportCommand.Options.parse(new String[] { "import", "dir", "--rows=5" }))
			.hasMessage("unknown option --rows=5");
	}

	@Test
	void shouldRefuseAMissingDataset() {
		assertThatThrownBy(() -> ImportCommand.Options.parse(new String[] { "import", "--bulk" }))
			.hasMessage("no dataset given");
	}

	@Test
	void shouldShowRowsShareAndRateOnTheTerminal() {
		assertThat(TerminalProgress.line("writing holds.csv", 50_000, 200_000, 5.0))
			.isEqualTo("  writing holds.csv: 50,000 rows of 200,000 (25 %), 10,000 rows/s, 5 s");
	}

}
