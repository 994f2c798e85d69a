package cn.yongxing.silvergraph.security;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code silvergraph.security.*}).
 *
 * @param anonymousRole role of callers without credentials; {@code NONE} requires credentials for reads
 * @param jwt bearer JWT settings (a JWK set URI goes in the standard
 * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri})
 * @param apiKeys configured API keys, stored as SHA-256 hashes
 * @param bootstrapKeyRole role of the key generated at first start when no key exists
 */
@ConfigurationProperties("silvergraph.security")
record SecurityProperties(@DefaultValue("VIEWER") String anonymousRole, @DefaultValue Jwt jwt,
		@DefaultValue List<ConfiguredKey> apiKeys, @DefaultValue("ADMIN") Role bootstrapKeyRole) {

	/**
	 * @param secret HMAC (HS256) secret, at least 32 bytes; unset = no HMAC tokens
	 * @param rolesClaim claim holding the caller's roles (a list or a space-separated string)
	 * @param maxLifetime longest a token may live ({@code exp} minus {@code iat}, or minus now without {@code iat})
	 */
	record Jwt(@Nullable String secret, @DefaultValue("roles") String rolesClaim,
			@DefaultValue("24h") java.time.Duration maxLifetime) {
	}

	/**
	 * @param name who uses the key (shown in the audit trail)
	 * @param role what it may do
	 * @param sha256 hex SHA-256 of the key
	 */
	record ConfiguredKey(String name, Role role, String sha256) {
	}

	boolean anonymousReads() {
		return !anonymousRole.equalsIgnoreCase("NONE");
	}

}
