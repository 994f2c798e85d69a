package cn.yongxing.silvergraph.hardening;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client request rate on {@code /graphql}. A client is its API key, else its bearer token, else
 * its IP address.
 *
 * @param enabled whether requests are limited at all
 * @param requestsPerPeriod requests a client may send per period
 * @param period length of a period (the permits refill at its end)
 * @param maxClients most clients tracked at once (the least recently seen are forgotten)
 */
@ConfigurationProperties("silvergraph.rate-limit")
public record RateLimits(@DefaultValue("true") boolean enabled, @DefaultValue("500") int requestsPerPeriod,
		@DefaultValue("1s") Duration period, @DefaultValue("10000") int maxClients) {
}
