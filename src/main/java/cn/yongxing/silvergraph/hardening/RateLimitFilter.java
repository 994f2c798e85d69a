package cn.yongxing.silvergraph.hardening;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import cn.yongxing.silvergraph.security.VerifiedCaller;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Answers {@code 429 Too Many Requests} with {@code Retry-After} once a client has used its permits
 * for the current period (resilience4j rate limiters, one per client, never waiting for a permit).
 * The path that decides is the one the dispatcher resolves a handler from (the servlet path, decoded
 * and normalised by the container), so {@code /%67raphql} counts as {@code /graphql}; and every path
 * counts, not a list of known ones.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimits limits;

	private final Function<HttpServletRequest, String> clients;

	private final Map<String, RateLimiter> requests;

	private final Map<String, RateLimiter> exports;

	private final Semaphore runningExports;

	@Autowired
	RateLimitFilter(RateLimits limits, VerifiedCaller callers) {
		this(limits, request -> client(request, callers));
	}

	RateLimitFilter(RateLimits limits, Function<HttpServletRequest, String> clients) {
		this.limits = limits;
		this.clients = clients;
		this.requests = table(limits);
		this.exports = table(limits);
		this.runningExports = new Semaphore(Math.max(1, limits.concurrentExports()));
	}

	private static Map<String, RateLimiter> table(RateLimits limits) {
		return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
				return size() > limits.maxClients();
			}
		});
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return !limits.enabled() || path.equals("/actuator/health") || path.startsWith("/actuator/health/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = clients.apply(request);
		if (!permit(requests, client, limits.requestsPerPeriod(), limits.period())) {
			refuse(response, "rate", limits.requestsPerPeriod(), limits.period(), "Too many requests");
			return;
		}
		if (!wholeGraph(path(request))) {
			chain.doFilter(request, response);
			return;
		}
		if (!permit(exports, client, limits.exportsPerPeriod(), limits.exportPeriod())) {
			refuse(response, "exportRate", limits.exportsPerPeriod(), limits.exportPeriod(), "Too many exports or imports");
			return;
		}
		if (!runningExports.tryAcquire()) {
			refuse(response, "concurrentExports", limits.concurrentExports(), Duration.ofSeconds(1),
					"Other exports or imports are running");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			runningExports.release();
		}
	}

	private static boolean permit(Map<String, RateLimiter> table, String client, int permits, Duration period) {
		return table.computeIfAbsent(client, c -> RateLimiter.of("client", RateLimiterConfig.custom()
			.limitForPeriod(permits)
			.limitRefreshPeriod(period)
			.timeoutDuration(Duration.ZERO)
			.build())).acquirePermission();
	}

	private static void refuse(HttpServletResponse response, String limit, int maximum, Duration period, String message)
			throws IOException {
		long retryAfter = Math.max(1, (period.toMillis() + 999) / 1000);
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write("{\"errors\":[{\"message\":\"" + message + "; retry after " + retryAfter
				+ " s\",\"extensions\":{\"code\":\"LIMIT_EXCEEDED\",\"limit\":\"" + limit + "\",\"maximum\":" + maximum
				+ "}}]}");
	}

	/** Handlers that read or write much of the graph: the dataset export and import, the network exports. */
	private static boolean wholeGraph(String path) {
		return path.equals("/export") || path.startsWith("/export/") || path.equals("/import")
				|| path.startsWith("/import/");
	}

	/** The decoded, normalised path within the application, as handler mapping sees it. */
	static String path(HttpServletRequest request) {
		String servletPath = request.getServletPath();
		String pathInfo = request.getPathInfo();
		String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
		return path.isEmpty() ? UrlPathHelper.defaultInstance.getPathWithinApplication(request) : path;
	}

	/** The client a request counts against: its verified identity, else its IP address. */
	static String client(HttpServletRequest request, VerifiedCaller callers) {
		return callers.identify(request).orElseGet(() -> "ip:" + request.getRemoteAddr());
	}

}
