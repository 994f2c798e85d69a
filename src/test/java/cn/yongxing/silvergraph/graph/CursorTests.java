package cn.yongxing.silvergraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CursorTests {

	@Test
	void shouldRoundTripStringsNumbersAndNulls() {
		List<Object> values = Arrays.asList("湖南腾驰", 2005L, null, "key|with\u001fchars");
		assertThat(Cursor.decode(Cursor.encode(values.subList(0, 3)), 3)).containsExactly("湖南腾驰", 2005.0, null);
	}

	@Test
	void shouldRoundTripBooleansAsBooleans() {
		assertThat(Cursor.decode(Cursor.encode(Arrays.asList(true, false, "true")), 3)).containsExactly(true, false, "true");
	}

	@Test
	void shouldRejectGarbageAndCursorsOfAnotherShapeAsBadInput() {
		assertThatThrownBy(() -> Cursor.decode("!!!", 2)).isInstanceOf(BadInputException.class);
		assertThatThrownBy(() -> Cursor.decode(Cursor.encode(List.of("a")), 2)).isInstanceOf(BadInputException.class)
			.hasMessageContaining("does not belong");
		assertThatThrownBy(() -> Cursor.decode("djF4", 1)).isInstanceOf(BadInputException.class);
	}

	@Test
	void shouldParseGlobalIdsAndRejectUnknownLabels() {
		assertThat(GlobalId.parse("Enterprise:a:b")).isEqualTo(new GlobalId("Enterprise", "a:b"));
		assertThatThrownBy(() -> GlobalId.parse("Secret:x")).isInstanceOf(BadInputException.class);
		assertThatThrownBy(() -> GlobalId.parse("Enterprise:")).isInstanceOf(BadInputException.class);
	}

}
