package cn.yongxing.silvergraph.transport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parsed and validated documents by their text: a frontend sends the same few documents over and
 * over, and parsing plus validation cost about as much as running a small query in the database.
 * Only documents that parse and validate are kept (at most {@code capacity}, least recently used
 * go); a document over a query limit never gets here, because the limit check aborts its parse.
 * Limits that depend on variables (complexity × {@code first}) are checked on every execution.
 */
final class ParsedDocuments implements PreparsedDocumentProvider {

	private final Map<String, PreparsedDocumentEntry> byText;

	ParsedDocuments(int capacity) {
		this.byText = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
				return size() > capacity;
			}
		});
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry entry = byText.get(input.getQuery());
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				byText.put(input.getQuery(), entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	int size() {
		return byText.size();
	}

}
