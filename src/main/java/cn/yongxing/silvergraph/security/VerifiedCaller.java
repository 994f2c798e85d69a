package cn.yongxing.silvergraph.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Who a request comes from, as far as its credentials prove it: a known API key or a bearer token
 * that verifies (signature, expiry). Unverified credentials name nobody, so a client cannot become a
 * new client by sending a new random token. Used before authentication (rate limits); the API-key
 * lookup is kept on the request so {@link ApiKeyFilter} does not repeat it.
 */
@Component
public class VerifiedCaller {

	static final String API_KEY_ATTRIBUTE = VerifiedCaller.class.getName() + ".apiKey";

	private final ApiKeys keys;

	private final ObjectProvider<JwtDecoder> jwtDecoder;

	VerifiedCaller(ApiKeys keys, ObjectProvider<JwtDecoder> jwtDecoder) {
		this.keys = keys;
		this.jwtDecoder = jwtDecoder;
	}

	/** {@code key:<name>} or {@code token:<subject>} for verified credentials, else empty. */
	public Optional<String> identify(HttpServletRequest request) {
		String key = request.getHeader(ApiKeys.HEADER);
		if (key != null && !key.isBlank()) {
			return apiKey(request).map(a -> "key:" + a.getName());
		}
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		if (decoder != null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			try {
				Jwt jwt = decoder.decode(authorization.substring(7).strip());
				return Optional.of("token:" + (jwt.getSubject() != null ? jwt.getSubject() : ApiKeys.sha256(jwt.getTokenValue())));
			}
			catch (JwtException ex) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** The caller of the request's {@code X-API-Key} if it is a known key, looked up once per request. */
	@SuppressWarnings("unchecked")
	Optional<Authentication> apiKey(HttpServletRequest request) {
		Object cached = request.getAttribute(API_KEY_ATTRIBUTE);
		if (cached instanceof Optional<?> known) {
			return (Optional<Authentication>) known;
		}
		String key = request.getHeader(ApiKeys.HEADER);
		Optional<Authentication> found = key == null || key.isBlank() ? Optional.empty() : keys.authenticate(key.strip());
		request.setAttribute(API_KEY_ATTRIBUTE, found);
		return found;
	}

}
