package cn.yongxing.silvergraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SearchTextTests {

	private final String tengchi = SearchText.of("湖南腾驰环保科技有限公司", "Hunan Tengchi Environmental Technology Co., Ltd.",
			"腾驰", null, "tengchi");

	@ParameterizedTest
	@ValueSource(strings = { "tengchi", "TengChi", "teng chi", "téng chí", "teng2 chi2", "hunantengchi", "腾驰", "hntc",
			"hunan tengchi environmental" })
	void shouldMatchEverySpellingOfAChineseNameAsASubstring(String query) {
		assertThat(tengchi).contains(SearchText.normalizeQuery(query));
	}

	@Test
	void shouldKeepDigitsOfCodesButDropToneDigitsOfPinyin() {
		assertThat(SearchText.normalizeQuery("GB/T 4135-2016")).isEqualTo("gbt41352016");
		assertThat(SearchText.normalizeQuery("yin2 ding4")).isEqualTo("yinding");
		assertThat(SearchText.of("银锭")).contains("yinding").contains("yd");
	}

	@Test
	void shouldNotMatchUnrelatedNames() {
		assertThat(tengchi).doesNotContain(SearchText.normalizeQuery("xiongfeng"));
	}

	@Test
	void sortKeysOrderChineseNamesByPinyinNotByCodePoint() {
		List<String> names = new java.util.ArrayList<>(List.of("某企业", "格林美", "广东绿晟", "东江环保"));
		names.sort(java.util.Comparator.comparing(SearchText::sortKey));
		// dong, ge, guang, mou: a syllable ends with a space, so ge sorts before guang
		assertThat(names).containsExactly("东江环保", "格林美", "广东绿晟", "某企业");
		assertThat(SearchText.sortKey("Ｇｅｍ 格林美")).isEqualTo("gemge lin mei ");
	}

}
