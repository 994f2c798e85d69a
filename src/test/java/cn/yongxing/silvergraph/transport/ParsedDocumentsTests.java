package cn.yongxing.silvergraph.transport;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedDocumentsTests {

	private final AtomicInteger parsed = new AtomicInteger();

	private PreparsedDocumentEntry parse(ExecutionInput input) {
		parsed.incrementAndGet();
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	}

	private PreparsedDocumentEntry reject(ExecutionInput input) {
		parsed.incrementAndGet();
		return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("invalid").build());
	}

	@Test
	void parsesADocumentOnceAndReusesIt() {
		var documents = new ParsedDocuments(10);
		var input = ExecutionInput.newExecutionInput("{ metals { symbol } }").build();
		var first = documents.getDocumentAsync(input, this::parse).join();
		var second = documents.getDocumentAsync(input, this::parse).join();
		assertThat(parsed).hasValue(1);
		assertThat(second.getDocument()).isSameAs(first.getDocument());
	}

	@Test
	void neverKeepsADocumentWithErrors() {
		var documents = new ParsedDocuments(10);
		var input = ExecutionInput.newExecutionInput("{ nope }").build();
		assertThat(documents.getDocumentAsync(input, this::reject).join().hasErrors()).isTrue();
		documents.getDocumentAsync(input, this::reject).join();
		assertThat(parsed).hasValue(2);
		assertThat(documents.size()).isZero();
	}

	@Test
	void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
		var documents = new ParsedDocuments(2);
		var a = ExecutionInput.newExecutionInput("{ a }").build();
		var b = ExecutionInput.newExecutionInput("{ b }").build();
		var c = ExecutionInput.newExecutionInput("{ c }").build();
		documents.getDocumentAsync(a, this::parse).join();
		documents.getDocumentAsync(b, this::parse).join();
		documents.getDocumentAsync(a, this::parse).join();
		documents.getDocumentAsync(c, this::parse).join();
		assertThat(documents.size()).isEqualTo(2);
		parsed.set(0);
		documents.getDocumentAsync(a, this::parse).join();
		assertThat(parsed).as("a was used more recently than b").hasValue(0);
		documents.getDocumentAsync(b, this::parse).join();
		assertThat(parsed).hasValue(1);
	}

}
