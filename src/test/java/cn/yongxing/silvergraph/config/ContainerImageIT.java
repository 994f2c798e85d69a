package cn.yongxing.silvergraph.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container image runs, proven without a container runtime: the layers of
 * {@code target/jib-image.tar} (built by {@code mvn -Pimage verify}, which sets {@code image.tar})
 * are unpacked into a directory and the image's entrypoint is started in it under {@code chroot},
 * as the image's user, with only the image's environment, a /proc and the usual /dev nodes, as a
 * runtime would. It must load the seed into the embedded default, turn ready, answer a seed query
 * and stop on SIGTERM. Needs root (chroot, mount); skipped otherwise, and without the tar.
 * The one difference from a runtime: coreutils' chroot starts in "/", not in the image's
 * WorkingDir (the image does not depend on it: the store path is in its environment).
 */
@EnabledOnOs(OS.LINUX)
class ContainerImageIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path work;

	@Test
	void runsFromTheImageTarAsItsUserAndAnswersFromTheSeed() throws Exception {
		String tar = System.getProperty("image.tar");
		assumeTrue(tar != null, "ContainerImageIT skipped: no image built (run mvn -Pimage verify)");
		assumeTrue(((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0,
				"ContainerImageIT skipped: running the image under chroot needs root");
		Path root = work.resolve("root");
		JsonNode config = unpack(Path.of(tar), root);
		Path proc = root.resolve("proc");
		Files.createDirectories(proc);
		// the JVM needs /proc (e.g. the loader finds libjli.so through /proc/self/exe)
		assumeTrue(exec("mount", "-t", "proc", "proc", proc.toString()) == 0,
				"ContainerImageIT skipped: mounting /proc for the chroot is not permitted here (CAP_SYS_ADMIN)");
		try {
			devices(root.resolve("dev"));
			runImage(root, config);
		}
		finally {
			run("umount", "--lazy", proc.toString());
		}
	}

	private void runImage(Path root, JsonNode config) throws Exception {
		int port;
		try (var socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(chroot(), "--userspec=" + config.path("User").asString(),
				root.toString()));
		config.path("Entrypoint").forEach(a -> command.add(a.asString()));
		config.path("Cmd").forEach(a -> command.add(a.asString()));
		// a free HTTP port, and a free Bolt port for the embedded database (7687 may be taken here)
		command.addAll(List.of("--server.port=" + port, "--silvergraph.embedded.bolt-port=0"));
		var builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(work.resolve("service.log").toFile());
		builder.environment().clear();
		config.path("Env").forEach(e -> {
			String[] kv = e.asString().split("=", 2);
			builder.environment().put(kv[0], kv[1]);
		});
		long t0 = System.nanoTime();
		Process service = builder.start();
		try {
			var http = HttpClient.newHttpClient();
			String base = "http://127.0.0.1:" + port;
			long deadline = t0 + Duration.ofMinutes(5).toNanos();
			while (status(http, base + "/actuator/health/readiness") != 200) {
				assertThat(service.isAlive()).as("service alive; log:%n%s", tail()).isTrue();
				assertThat(System.nanoTime()).as("ready within 5 minutes; log:%n%s", tail()).isLessThan(deadline);
				Thread.sleep(500);
			}
			long readyMs = (System.nanoTime() - t0) / 1_000_000;
			String answer = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ metals { symbol nameZh } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString()).body();
			assertThat(answer).contains("{\"symbol\":\"Ag\",\"nameZh\":\"银\"}").doesNotContain("\"errors\"");
			assertThat(Files.readAllLines(Path.of("/proc/" + service.pid() + "/status")))
				.as("runs as the image's user").anyMatch(l -> l.matches("Uid:\\s+1000\\s.*"));
			assertThat(root.resolve("data/data/databases")).as("the store is in the image's /data").isDirectory();

			long t1 = System.nanoTime();
			service.destroy();
			assertThat(service.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s of SIGTERM").isTrue();
			System.out.printf("[image] ready (seed loaded) %d ms after start, stopped %d ms after SIGTERM%n", readyMs,
					(System.nanoTime() - t1) / 1_000_000);
		}
		finally {
			service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** Unpacks the layers of a docker-save style tar (Jib's) in order; returns the image's config. */
	private JsonNode unpack(Path tar, Path root) throws Exception {
		Path image = work.resolve("image");
		Files.createDirectories(image);
		Files.createDirectories(root);
		run("tar", "-xf", tar.toString(), "-C", image.toString());
		JsonNode manifest = JSON.readTree(image.resolve("manifest.json").toFile()).get(0);
		for (JsonNode layer : manifest.path("Layers")) {
			run("tar", "-xzf", image.resolve(layer.asString()).toString(), "-C", root.toString());
		}
		return JSON.readTree(image.resolve(manifest.path("Config").asString()).toFile()).path("config");
	}

	/** The device nodes every container runtime provides (the JVM copes without them, so best effort). */
	private static void devices(Path dev) throws Exception {
		Files.createDirectories(dev);
		for (String[] node : new String[][] { { "null", "3" }, { "zero", "5" }, { "full", "7" }, { "random", "8" },
				{ "urandom", "9" } }) {
			if (exec("mknod", "-m", "666", dev.resolve(node[0]).toString(), "c", "1", node[1]) != 0) {
				System.out.println("[image] cannot create device nodes here (CAP_MKNOD); running without /dev");
				return;
			}
		}
	}

	private static String chroot() {
		return Stream.of("/usr/sbin/chroot", "/usr/bin/chroot", "/sbin/chroot")
			.filter(p -> Files.isExecutable(Path.of(p)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no chroot command (coreutils)"));
	}

	private static int status(HttpClient http, String uri) throws InterruptedException {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return 0; // not listening yet
		}
	}

	private String tail() throws IOException {
		List<String> lines = Files.readAllLines(work.resolve("service.log"), StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static void run(String... command) throws Exception {
		// GNU tar warns about libarchive's extended header keywords in Jib's layers: harmless
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor()).as("%s:%n%s", String.join(" ", command), output).isZero();
	}

	private static int exec(String... command) throws Exception {
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start()
			.waitFor();
	}

}
