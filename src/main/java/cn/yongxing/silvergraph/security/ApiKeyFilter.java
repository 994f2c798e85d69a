package cn.yongxing.silvergraph.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests carrying {@code X-API-Key}; an unknown or empty key is answered 401, never
 * ignored (a client that meant to send a key and sent none must not be served as anonymous).
 */
class ApiKeyFilter extends OncePerRequestFilter {

	private final VerifiedCaller callers;

	ApiKeyFilter(VerifiedCaller callers) {
		this.callers = callers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(ApiKeys.HEADER);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		var authentication = key.isBlank() ? java.util.Optional.<org.springframework.security.core.Authentication>empty()
				: callers.apiKey(request);
		if (authentication.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write("{\"errors\":[{\"message\":\"" + (key.isBlank() ? "Empty" : "Unknown")
					+ " API key\",\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}]}");
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication.get());
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

}
