package cn.yongxing.silvergraph.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j started when no {@code spring.neo4j.uri} is configured.
 *
 * @param dataDirectory where the store lives; survives restarts
 * @param boltAddress interface the Bolt connector binds to (loopback only by default)
 * @param boltPort Bolt port; {@code 0} picks a free one (used by tests)
 * @param pageCache page cache size, e.g. {@code 256m}
 * @param transactionTimeout upper bound for any transaction, e.g. {@code 120s}: a backstop for writes and
 *        imports (reads have their own, shorter {@code silvergraph.limits.cypher-timeout})
 * @param gdsProcedures {@code used}: register only the Graph Data Science procedures the service
 *        calls (start-up is seconds faster); {@code all}: every GDS procedure, for tools connecting
 *        over Bolt
 */
@ConfigurationProperties("silvergraph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("data") Path dataDirectory,
		@DefaultValue("127.0.0.1") String boltAddress, @DefaultValue("7687") int boltPort,
		@DefaultValue("256m") String pageCache, @DefaultValue("120s") String transactionTimeout,
		@DefaultValue("used") String gdsProcedures) {
}
