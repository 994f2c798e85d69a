package cn.yongxing.silvergraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadInputExceptionTests {

	@Test
	void aHugeQuotedValueIsCutAndTheRestOfTheMessageKept() {
		String cursor = "x".repeat(100_000);
		String message = new BadInputException("Cursor '" + cursor + "' is malformed").getMessage();
		assertThat(message).hasSizeLessThan(300).startsWith("Cursor 'xxx").contains("(100002 characters)")
			.endsWith(" is malformed");
	}

	@Test
	void manyShortWordsAreCutAtTheMessageLimit() {
		String message = new BadInputException("No park with id '" + "ab ".repeat(50_000) + "'").getMessage();
		assertThat(message.length()).isLessThanOrEqualTo(BadInputException.MAX_MESSAGE + 20);
		assertThat(message).endsWith("(message cut)");
	}

	@Test
	void anOrdinaryMessageIsUnchanged() {
		assertThat(new BadInputException("depth must be between 1 and 4, was 9").getMessage())
			.isEqualTo("depth must be between 1 and 4, was 9");
	}

}
