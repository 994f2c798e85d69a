package cn.yongxing.silvergraph.hardening;

import java.io.IOException;
import java.time.Duration;

import cn.yongxing.silvergraph.graph.RequestBudget;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP request its wall-clock budget ({@link RequestBudget}): the read timeout, or the
 * analytics timeout once the request runs an analysis. The clock starts here, before the rest of the
 * filters and the handler.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class TimeBudgetFilter extends OncePerRequestFilter {

	private final Duration read;

	private final Duration analytics;

	TimeBudgetFilter(@Value("${silvergraph.limits.cypher-timeout:5s}") Duration read,
			@Value("${silvergraph.limits.analytics-timeout:60s}") Duration analytics) {
		this.read = read;
		this.analytics = analytics;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try (RequestBudget.Scope scope = RequestBudget.open(read, analytics)) {
			chain.doFilter(request, response);
		}
	}

}
