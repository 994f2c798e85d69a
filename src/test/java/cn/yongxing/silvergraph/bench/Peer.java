package cn.yongxing.silvergraph.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The peer: {@code bench/peer/server.mjs} (the Neo4j GraphQL Library 7 on Apollo Server 4) started
 * with the machine's Node.js against our embedded Neo4j. Its packages are installed from the
 * committed lockfile into {@code bench/peer/node_modules} on first use.
 */
final class Peer implements AutoCloseable {

	static final Path DIRECTORY = Path.of("bench/peer");

	private final Process process;

	private final URI endpoint;

	private Peer(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
	}

	static Peer start(String boltUri, Report report) throws Exception {
		if (!Files.isDirectory(DIRECTORY.resolve("node_modules"))) {
			boolean locked = Files.exists(DIRECTORY.resolve("package-lock.json"));
			run(List.of("npm", locked ? "ci" : "install", "--no-audit", "--no-fund"));
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ProcessBuilder builder = new ProcessBuilder("node", "server.mjs").directory(DIRECTORY.toFile())
			.redirectErrorStream(true);
		builder.environment().put("NEO4J_URI", boltUri);
		builder.environment().put("PORT", String.valueOf(port));
		Process process = builder.start();
		CompletableFuture<String> ready = new CompletableFuture<>();
		Thread.ofPlatform().daemon().start(() -> {
			try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					System.out.println("[peer] " + line);
					if (line.startsWith("READY")) {
						ready.complete(line);
					}
				}
				ready.completeExceptionally(new IllegalStateException("peer exited before it was ready"));
			}
			catch (IOException ex) {
				ready.completeExceptionally(ex);
			}
		});
		String line = ready.get(120, TimeUnit.SECONDS);
		report.fact("peer", line.substring("READY".length()).trim());
		return new Peer(process, URI.create("http://127.0.0.1:" + port + "/graphql"));
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).directory(DIRECTORY.toFile()).inheritIO().start();
		if (p.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed in " + new File(DIRECTORY.toString()).getAbsolutePath());
		}
	}

	URI endpoint() {
		return endpoint;
	}

	long pid() {
		return process.pid();
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

}
