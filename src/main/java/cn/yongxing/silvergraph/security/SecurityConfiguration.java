package cn.yongxing.silvergraph.security;

import javax.crypto.spec.SecretKeySpec;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * HTTP security: stateless, no sessions or CSRF (no cookies are used), reads open to anonymous
 * callers with the configured role, dataset import for ADMIN, export for ANALYST. Finer rules live
 * on GraphQL fields ({@link AccessDirectives}). Bearer JWTs are accepted when an HMAC secret or a
 * JWK set URI is configured; API keys always.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties, VerifiedCaller callers,
			ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
		String anonymous = properties.anonymousReads() ? "ROLE_" + properties.anonymousRole().toUpperCase()
				: "ROLE_ANONYMOUS";
		http.csrf(AbstractHttpConfigurer::disable)
			// anonymous GraphQL GET responses set their own Cache-Control (public, cacheable reads);
			// an answer to credentials is private, no-store whatever the handler said, and every answer
			// varies with the credentials sent
			.headers(h -> h.cacheControl(c -> c.disable()).addHeaderWriter(SecurityConfiguration::cacheHeaders))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// nothing to replay after a login: there is no login page
			.requestCache(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.anonymous(a -> a.authorities(anonymous))
			.authorizeHttpRequests(r -> {
				// every method: HEAD and OPTIONS reach the same handlers as GET and POST
				r.requestMatchers("/import", "/import/**").hasRole(Role.ADMIN.name());
				r.requestMatchers("/export").hasRole(Role.ANALYST.name());
				// health (status only, details for ADMIN: management.endpoint.health) and info stay open
				// for probes; metrics, the Prometheus scrape and any endpoint exposed later are ADMIN's
				r.requestMatchers(EndpointRequest.to("health", "info")).permitAll();
				r.requestMatchers(EndpointRequest.toAnyEndpoint().excludingLinks()).hasRole(Role.ADMIN.name());
				if (!properties.anonymousReads()) {
					r.requestMatchers("/graphql").authenticated();
				}
				r.anyRequest().permitAll();
			})
			.exceptionHandling(e -> e.authenticationEntryPoint(new BearerTokenAuthenticationEntryPoint())
				.accessDeniedHandler(new BearerTokenAccessDeniedHandler()))
			.addFilterBefore(new ApiKeyFilter(callers), AnonymousAuthenticationFilter.class);
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		if (decoder != null) {
			var authorities = new JwtGrantedAuthoritiesConverter();
			authorities.setAuthoritiesClaimName(properties.jwt().rolesClaim());
			authorities.setAuthorityPrefix("ROLE_");
			var converter = new JwtAuthenticationConverter();
			converter.setJwtGrantedAuthoritiesConverter(authorities);
			http.oauth2ResourceServer(o -> o.jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(converter)));
		}
		return http.build();
	}

	private static void cacheHeaders(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
		response.addHeader(HttpHeaders.VARY, ApiKeys.HEADER);
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getHeader(ApiKeys.HEADER) != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		}
	}

	/**
	 * No observation per security filter: wrapping each of a dozen filters in an observation cost more
	 * per request than the filters themselves. The HTTP request, the GraphQL request and its data
	 * fetchers stay observed (timers and traces).
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
	}

	/**
	 * HS256 tokens signed with the configured secret; expiry and not-before are checked, a token
	 * without {@code exp} is refused, and none may live longer than {@code jwt.max-lifetime}.
	 */
	@Bean
	@ConditionalOnProperty("silvergraph.security.jwt.secret")
	JwtDecoder hmacJwtDecoder(SecurityProperties properties) {
		byte[] secret = properties.jwt().secret().getBytes(StandardCharsets.UTF_8);
		if (secret.length < 32) {
			throw new IllegalStateException("silvergraph.security.jwt.secret must be at least 32 bytes");
		}
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		java.time.Duration max = properties.jwt().maxLifetime();
		decoder.setJwtValidator(org.springframework.security.oauth2.jwt.JwtValidators.createDefaultWithValidators(
				new org.springframework.security.oauth2.jwt.JwtClaimValidator<java.time.Instant>(
						org.springframework.security.oauth2.jwt.JwtClaimNames.EXP, exp -> exp != null),
				jwt -> {
					java.time.Instant from = jwt.getIssuedAt() != null ? jwt.getIssuedAt() : java.time.Instant.now();
					boolean ok = jwt.getExpiresAt() != null && !jwt.getExpiresAt().isAfter(from.plus(max));
					return ok ? org.springframework.security.oauth2.core.OAuth2TokenValidatorResult.success()
							: org.springframework.security.oauth2.core.OAuth2TokenValidatorResult.failure(
									new org.springframework.security.oauth2.core.OAuth2Error("invalid_token",
											"The token lives longer than " + max, null));
				}));
		return decoder;
	}

	/**
	 * There are no password users (credentials are API keys and JWTs); this bean keeps Spring Boot from
	 * creating a default user with a generated password.
	 */
	@Bean
	UserDetailsService noPasswordUsers() {
		return username -> {
			throw new UsernameNotFoundException("There are no password users");
		};
	}

}
