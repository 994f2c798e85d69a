package cn.yongxing.silvergraph.hardening;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client request rates. A client is the verified identity of its credentials (a known API key, a
 * bearer token that verifies), else its IP address: unverified credentials do not make a new client.
 * Every request counts, whatever its path (only health probes are exempt); exports and imports,
 * which read or write the whole graph, have a budget of their own and a bound on how many run at once.
 *
 * @param enabled whether requests are limited at all
 * @param requestsPerPeriod requests a client may send per period
 * @param period length of a period (the permits refill at its end)
 * @param maxClients most clients tracked at once (the least recently seen are forgotten)
 * @param exportsPerPeriod exports (dataset and network) and imports a client may run per export period
 * @param exportPeriod length of an export period
 * @param concurrentExports most exports and imports running at once, all clients together
 */
@ConfigurationProperties("silvergraph.rate-limit")
public record RateLimits(@DefaultValue("true") boolean enabled, @DefaultValue("500") int requestsPerPeriod,
		@DefaultValue("1s") Duration period, @DefaultValue("10000") int maxClients,
		@DefaultValue("30") int exportsPerPeriod, @DefaultValue("1m") Duration exportPeriod,
		@DefaultValue("2") int concurrentExports) {
}
