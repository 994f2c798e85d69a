package cn.yongxing.silvergraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yongxing.silvergraph.support.WritableGraphTest;

/**
 * The web app ({@code /app/}) in a real browser: runs the Playwright script in {@code src/test/browser}
 * (playwright-core driving the machine's Chromium) against this service on the seed. Screenshots go to
 * {@code target/screenshots/}. Skipped when Chromium or Node.js is not installed ({@code .ci/run} installs
 * Chromium). Runs in the writable context: the shortlist check signs in with the EDITOR key
 * ({@code EDITOR_KEY} for the script) and adds a target, which it removes again.
 */
@WritableGraphTest
class BrowserIT {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	private static final Path TESTS = Path.of("src/test/browser");

	@LocalServerPort
	int port;

	@Test
	void shouldPassTheBrowserChecksInChromiumOnTheSeed() throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
		assumeTrue(onPath("node") && onPath("npm"), "Node.js (node, npm) not installed");
		if (!Files.isDirectory(TESTS.resolve("node_modules/playwright-core"))) {
			assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund"), 10)).as("npm ci").isZero();
		}
		int exit = run(List.of("node", "webapp.test.mjs", "http://localhost:" + port,
				Path.of("target/screenshots").toAbsolutePath().toString()), 15);
		assertThat(exit).as("browser tests (output above; screenshots in target/screenshots)").isZero();
	}

	private static int run(List<String> command, int minutes) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(TESTS.toFile()).redirectErrorStream(true);
		builder.environment().put("EDITOR_KEY", WritableGraphTest.EDITOR_KEY);
		Process process = builder.start();
		// through System.out, so the output lands in the test report (inheriting the fd would corrupt the
		// fork's channel to Maven)
		Thread pump = Thread.ofVirtual().start(() -> {
			try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				lines.lines().forEach(line -> System.out.println("[browser] " + line));
			}
			catch (IOException ex) {
				System.out.println("[browser] output lost: " + ex.getMessage());
			}
		});
		if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not finish within " + minutes + " minutes");
		}
		pump.join(Duration.ofSeconds(10));
		return process.exitValue();
	}

	private static boolean onPath(String program) {
		String path = System.getenv("PATH");
		return path != null && List.of(path.split(File.pathSeparator))
			.stream()
			.anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
	}

}
