package cn.yongxing.silvergraph.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Documents by SHA-256 hash (the Apollo "automatic persisted queries" protocol). Open mode learns
 * every document a client sends with its hash, bounded by a least-recently-used cache; allow-list
 * mode knows only the documents registered at start-up and learns nothing.
 */
final class PersistedQueries {

	/** What became of a request's document and hash. */
	sealed interface Resolution {
	}

	/** Run this document. */
	record Document(String text) implements Resolution {
	}

	/** A problem, with the error code the client should see. */
	record Refusal(String code, String message) implements Resolution {
	}

	private final Map<String, String> byHash;

	private final boolean allowListOnly;

	private PersistedQueries(Map<String, String> byHash, boolean allowListOnly) {
		this.byHash = byHash;
		this.allowListOnly = allowListOnly;
	}

	/** Learns documents, keeping at most {@code capacity}. */
	static PersistedQueries open(int capacity) {
		return new PersistedQueries(Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
				return size() > capacity;
			}
		}), false);
	}

	/** Runs only these documents. */
	static PersistedQueries allowList(Iterable<String> documents) {
		Map<String, String> byHash = new LinkedHashMap<>();
		documents.forEach(d -> byHash.put(sha256(d), d));
		return new PersistedQueries(Map.copyOf(byHash), true);
	}

	/**
	 * The document to run for a request that sent a document, a hash ({@code null} for none), or
	 * both.
	 */
	Resolution resolve(@Nullable String document, @Nullable String hash) {
		if (hash != null && !hash.matches("[0-9a-fA-F]{64}")) {
			return new Refusal("BAD_USER_INPUT", "persistedQuery.sha256Hash must be 64 hexadecimal digits");
		}
		if (document == null || document.isBlank()) {
			if (hash == null) {
				return new Refusal("BAD_USER_INPUT", "The request has neither a query nor a persisted query hash");
			}
			String known = byHash.get(hash.toLowerCase());
			return known != null ? new Document(known)
					: new Refusal("PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
		}
		String actual = sha256(document);
		if (hash != null && !actual.equalsIgnoreCase(hash)) {
			return new Refusal("BAD_USER_INPUT", "persistedQuery.sha256Hash does not match the query");
		}
		if (allowListOnly) {
			return byHash.containsKey(actual) ? new Document(document)
					: new Refusal("FORBIDDEN", "Only registered documents may run on this server");
		}
		if (hash != null) {
			byHash.put(actual, document);
		}
		return new Document(document);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static PersistedQueries allowListFrom(org.springframework.core.io.Resource[] resources) {
		var documents = new java.util.ArrayList<String>();
		for (var resource : resources) {
			try {
				documents.add(resource.getContentAsString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read persisted query " + resource, ex);
			}
		}
		return allowList(documents);
	}

}
