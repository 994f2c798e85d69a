package cn.yongxing.silvergraph.transport;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose {@code Content-Type} is a wildcard ({@code *}{@code /*}, {@code application/*})
 * or not a media type at all with 415 and a JSON body, before any handler mapping: Spring's request
 * wrapper throws on such a header, which the container would answer with its own HTML 500 page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class MediaTypeFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType != null && !contentType.isBlank() && !concrete(contentType)) {
			ErrorBodies.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
					"Content-Type must be a concrete media type such as application/json, not "
							+ "'" + ErrorBodies.cut(contentType, 100) + "'");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean concrete(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
