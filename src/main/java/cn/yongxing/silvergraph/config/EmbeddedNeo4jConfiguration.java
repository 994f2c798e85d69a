package cn.yongxing.silvergraph.config;

import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import cn.yongxing.silvergraph.graph.InProcessReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real Neo4j inside the JVM when no external database is configured, and points the
 * driver at its Bolt connector. Nothing else in the code base may touch the management API.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	/**
	 * The database starts on its own thread as soon as the first bean needs it, so the rest of the
	 * context (web server, GraphQL schema, security) is built meanwhile; whatever uses it first waits.
	 */
	@Bean(destroyMethod = "shutdown")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return new EmbeddedNeo4j(() -> start(properties));
	}

	/** Starts the database (seconds: store recovery, indexes, Bolt, GDS registration). */
	static DatabaseManagementService start(EmbeddedNeo4jProperties properties) {
		long started = System.nanoTime();
		System.setProperty(GraphDataScienceExtension.PROCEDURES, properties.gdsProcedures());
		var dbms = new DatabaseManagementServiceBuilder(properties.dataDirectory().toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address,
					new SocketAddress(properties.boltAddress(), properties.boltPort()))
			.setConfig(BoltConnector.advertised_address,
					new SocketAddress(properties.boltAddress(), properties.boltPort()))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
			.setConfig(GraphDatabaseSettings.transaction_timeout,
					Duration.parse("PT" + properties.transactionTimeout().toUpperCase()))
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(3))
			// a transaction past its timeout is terminated at the monitor's next check (2 s apart by
			// default): checked every 50 ms, a request ends close to its time budget (RequestBudget)
			.setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(50))
			// Bolt waits 5 s for its thread pool and 5 s for Netty by default: together they push the
			// exit after SIGTERM past 10 s. Our only Bolt client is this process (closed first) or a
			// developer's tool, so a short wait is enough.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
			// Graph Data Science procedures (see GraphDataScienceExtension) need full access
			.setConfig(GraphDatabaseSettings.procedure_unrestricted, java.util.List.of("gds.*"))
			.build();
		String uri = boltUri(dbms, properties);
		System.setProperty("silvergraph.embedded.bolt-uri", uri);
		log.info("Embedded Neo4j started in {} ms, store at {}; Bolt connector listening on {} (no authentication, "
				+ "loopback only)", (System.nanoTime() - started) / 1_000_000, properties.dataDirectory().toAbsolutePath(),
				uri);
		return dbms;
	}

	/**
	 * Reads of the API run in this process rather than through Bolt (see {@link EmbeddedReads});
	 * {@code silvergraph.embedded.in-process-reads=false} sends them through the driver like writes.
	 */
	@Bean
	@ConditionalOnProperty(name = "silvergraph.embedded.in-process-reads", havingValue = "true", matchIfMissing = true)
	InProcessReads inProcessReads(EmbeddedNeo4j neo4j) {
		return new EmbeddedReads(() -> neo4j.get().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
	}

	/** The address of the Bolt connector, with the port it really listens on (port 0 picks one). */
	static String boltUri(DatabaseManagementService dbms, EmbeddedNeo4jProperties properties) {
		var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		int port = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		return "bolt://" + properties.boltAddress() + ":" + port;
	}

	/**
	 * The driver for writes (and reads inside write transactions), connected to the embedded Bolt
	 * connector once the database is up: until then a call on it waits for the start.
	 */
	@Bean(destroyMethod = "close")
	Driver neo4jDriver(EmbeddedNeo4j neo4j, EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4j.lazy(Driver.class, () -> {
			return GraphDatabase.driver(boltUri(neo4j.get(), properties), AuthTokens.none(),
					Config.builder().withMaxConnectionPoolSize(32).withConnectionAcquisitionTimeout(
							Duration.ofSeconds(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build());
		});
	}

}
