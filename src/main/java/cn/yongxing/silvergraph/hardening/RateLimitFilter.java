package cn.yongxing.silvergraph.hardening;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code 429 Too Many Requests} with {@code Retry-After} once a client has used its permits
 * for the current period (resilience4j rate limiters, one per client, never waiting for a permit).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimits limits;

	private final String path;

	private final RateLimiterConfig config;

	private final Map<String, RateLimiter> byClient;

	RateLimitFilter(RateLimits limits, GraphQlProperties graphQl) {
		this.limits = limits;
		this.path = graphQl.getHttp().getPath();
		this.config = RateLimiterConfig.custom()
			.limitForPeriod(limits.requestsPerPeriod())
			.limitRefreshPeriod(limits.period())
			.timeoutDuration(Duration.ZERO)
			.build();
		this.byClient = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
				return size() > limits.maxClients();
			}
		});
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !limits.enabled() || !path.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = client(request);
		RateLimiter limiter = byClient.computeIfAbsent(client, c -> RateLimiter.of("graphql", config));
		if (limiter.acquirePermission()) {
			chain.doFilter(request, response);
			return;
		}
		long retryAfter = Math.max(1, (limits.period().toMillis() + 999) / 1000);
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write("{\"errors\":[{\"message\":\"Too many requests; retry after " + retryAfter
				+ " s\",\"extensions\":{\"code\":\"LIMIT_EXCEEDED\",\"limit\":\"rate\",\"maximum\":"
				+ limits.requestsPerPeriod() + "}}]}");
	}

	/** The client a request counts against: API key, else bearer token, else IP address. */
	static String client(HttpServletRequest request) {
		String apiKey = request.getHeader("X-API-Key");
		if (apiKey != null && !apiKey.isBlank()) {
			return "key:" + bounded(apiKey);
		}
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.startsWith("Bearer ")) {
			return "bearer:" + bounded(authorization);
		}
		return "ip:" + request.getRemoteAddr();
	}

	/** A header value as a fixed-size key (huge headers cannot inflate the client table). */
	private static String bounded(String value) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
