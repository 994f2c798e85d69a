package cn.yongxing.silvergraph.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** HS256 test tokens. */
public final class Tokens {

	private Tokens() {
	}

	/** A token for {@code role}, issued now, expiring in {@code seconds}. */
	public static String hs256(String secret, String role, long seconds) {
		Instant now = Instant.now();
		return sign(secret, new JWTClaimsSet.Builder().subject("jwt-user").claim("roles", List.of(role))
			.issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(seconds))).build());
	}

	/** A correctly signed token for {@code role} that never expires (no {@code exp}). */
	public static String hs256WithoutExpiry(String secret, String role) {
		return sign(secret, new JWTClaimsSet.Builder().subject("jwt-user").claim("roles", List.of(role))
			.issueTime(new Date()).build());
	}

	static String sign(String secret, JWTClaimsSet claims) {
		try {
			var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
			jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
			return jwt.serialize();
		}
		catch (com.nimbusds.jose.JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
