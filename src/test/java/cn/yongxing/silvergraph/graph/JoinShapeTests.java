package cn.yongxing.silvergraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The key under which a plan's rendered text is kept must tell argument values apart. */
class JoinShapeTests {

	@Test
	void argumentValuesThatPrintAlikeHaveDifferentShapes() {
		assertThat(shape(Map.of("after", List.of("a, b")))).isNotEqualTo(shape(Map.of("after", List.of("a", "b"))));
		assertThat(shape(Map.of("after", "x}{y"))).isNotEqualTo(shape(Map.of("after", "x", "y", "")));
		assertThat(shape(Map.of("first", 10))).isNotEqualTo(shape(Map.of("first", "10")));
		assertThat(shape(Map.of("first", 10, "after", "c"))).isEqualTo(shape(Map.of("after", "c", "first", 10)));
	}

	private static String shape(Map<String, Object> arguments) {
		StringBuilder out = new StringBuilder();
		Joins.value(arguments, out);
		return out.toString();
	}

}
