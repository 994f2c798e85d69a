package cn.yongxing.silvergraph.giant;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import cn.yongxing.silvergraph.graph.BadInputException;
import org.junit.jupiter.api.Test;

/** Rule-set files are checked when read; unknown codes are client errors. */
class RuleSetsTests {

	@Test
	void rejectsACriterionThatLacksTheFieldsOfItsKind() {
		String yaml = """
				code: X
				name: x
				nameEn: x
				tier: LITTLE_GIANT
				version: "1"
				document: d
				criteria:
				  - {code: C, name: c, nameEn: c, kind: THRESHOLD, metric: DEBT_RATIO}
				""";
		assertThatIllegalStateException()
			.isThrownBy(() -> RuleSets.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yaml"))
			.withMessageContaining("criterion C (THRESHOLD) lacks a field");
	}

	@Test
	void rejectsAnUnknownMetric() {
		String yaml = """
				code: X
				name: x
				nameEn: x
				tier: LITTLE_GIANT
				version: "1"
				document: d
				criteria:
				  - {code: C, name: c, nameEn: c, kind: BOOLEAN, metric: NO_SUCH_METRIC}
				""";
		assertThatIllegalStateException()
			.isThrownBy(() -> RuleSets.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yaml"))
			.withMessageContaining("x.yaml is malformed");
	}

	@Test
	void answersAnUnknownRuleSetCodeWithTheValidOnes() {
		assertThatThrownBy(() -> TierEngineTests.RULES.get("MIIT-1999"))
			.isInstanceOf(BadInputException.class)
			.hasMessageContaining("Unknown rule set 'MIIT-1999'")
			.hasMessageContaining("MIIT-2022-LITTLE-GIANT");
	}

}
