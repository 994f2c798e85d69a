package cn.yongxing.silvergraph.hardening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j server in its own JVM, for the fault run: the service under test reaches it over Bolt
 * only, stopping it really stops the database (process killed), and its threads are not counted
 * as the service's. Test support; {@link #main} is the child side.
 */
final class Neo4jServerProcess implements AutoCloseable {

	private static final String READY = "BOLT_PORT ";

	private final Process process;

	private final int port;

	private Neo4jServerProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts a server on the store under {@code home} and waits until Bolt accepts connections.
	 * @param port Bolt port on 127.0.0.1; {@code 0} picks a free one
	 */
	static Neo4jServerProcess start(Path home, int port) throws IOException, InterruptedException {
		Path log = home.resolveSibling(home.getFileName() + ".log");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
				Neo4jServerProcess.class.getName(), home.toAbsolutePath().toString(), Integer.toString(port))
			.redirectErrorStream(true)
			.start();
		var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = output.readLine()) != null) {
			append(log, line);
			if (line.startsWith(READY)) {
				int bolt = Integer.parseInt(line.substring(READY.length()).trim());
				Thread.ofVirtual().start(() -> output.lines().forEach(l -> append(log, l)));
				return new Neo4jServerProcess(process, bolt);
			}
		}
		throw new IOException("Neo4j server process ended before Bolt was ready (exit " + process.waitFor()
				+ "); see " + log);
	}

	int port() {
		return port;
	}

	/** Kills the database process (SIGKILL: no goodbye on its connections) and waits until it is gone. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			kill();
		}
	}

	private static void append(Path log, String line) {
		try {
			Files.writeString(log, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			// the log is a convenience for diagnosing a failed run
		}
	}

	/** Child side: {@code <home> <bolt port>}; runs until SIGTERM or until its parent closes stdin. */
	public static void main(String[] args) throws IOException {
		var dbms = new DatabaseManagementServiceBuilder(Path.of(args[0]))
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", Integer.parseInt(args[1])))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			.build();
		Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
		int bolt = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
			.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT).getPort();
		System.out.println(READY + bolt);
		System.out.flush();
		// an orphaned server (the test JVM died) must not outlive it: parent gone = stdin at end
		System.in.transferTo(java.io.OutputStream.nullOutputStream());
		System.exit(0);
	}

}
