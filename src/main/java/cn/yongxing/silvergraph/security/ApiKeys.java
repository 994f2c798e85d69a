package cn.yongxing.silvergraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API keys for scripts, sent as {@code X-API-Key}. Only SHA-256 hashes are kept (in configuration or
 * as {@code :ApiKey} nodes). At the first start of a graph without any key, one key is generated,
 * printed once and stored hashed, so no installation ships a usable default credential.
 */
@Component
@Order(1)
class ApiKeys implements ApplicationRunner {

	static final String HEADER = "X-API-Key";

	private static final String PREFIX = "sg_";

	private final Neo4jClient client;

	private final TransactionTemplate readTx;

	private final TransactionTemplate writeTx;

	private final SecurityProperties properties;

	ApiKeys(Neo4jClient client, PlatformTransactionManager transactionManager, SecurityProperties properties) {
		this.client = client;
		this.readTx = new TransactionTemplate(transactionManager);
		this.readTx.setReadOnly(true);
		this.writeTx = new TransactionTemplate(transactionManager);
		this.properties = properties;
	}

	/** The caller a key belongs to, if it is a known key. */
	Optional<Authentication> authenticate(String key) {
		String hash = sha256(key);
		Optional<KeyHolder> holder = properties.apiKeys().stream()
			.filter(k -> MessageDigest.isEqual(k.sha256().toLowerCase().getBytes(StandardCharsets.US_ASCII),
					hash.getBytes(StandardCharsets.US_ASCII)))
			.map(k -> new KeyHolder(k.name(), k.role().name()))
			.findFirst()
			.or(() -> readTx.execute(status -> client
				.query("MATCH (k:ApiKey {sha256: $hash}) RETURN k.name AS name, k.role AS role")
				.bind(hash).to("hash")
				.fetchAs(KeyHolder.class)
				.mappedBy((types, r) -> new KeyHolder(r.get("name").asString(), r.get("role").asString()))
				.one()));
		return holder.map(h -> UsernamePasswordAuthenticationToken.authenticated("apikey:" + h.name(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + h.role()))));
	}

	private record KeyHolder(String name, String role) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.apiKeys().isEmpty()) {
			return;
		}
		String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
		Boolean created = writeTx.execute(status -> client.query("""
				OPTIONAL MATCH (existing:ApiKey) WITH count(existing) AS n WHERE n = 0
				CREATE (k:ApiKey {name: 'bootstrap', role: $role, sha256: $hash, createdAt: datetime()})
				RETURN true""")
			.bind(properties.bootstrapKeyRole().name()).to("role")
			.bind(sha256(key)).to("hash")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false));
		if (Boolean.TRUE.equals(created)) {
			// printed on purpose, once: it is the only way the owner learns the key; only its hash is kept
			System.out.printf("%n==== silver-graph: generated %s API key (shown once, stored hashed) ====%n"
					+ "%s: %s%n==========================================================%n%n",
					properties.bootstrapKeyRole(), HEADER, key);
		}
	}

	static String sha256(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

}
