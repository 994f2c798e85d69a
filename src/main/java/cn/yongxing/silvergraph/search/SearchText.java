package cn.yongxing.silvergraph.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.jspecify.annotations.Nullable;

/**
 * The normalised text a node is found by: names and codes in lower case without spaces, plus the
 * pinyin of Chinese names (full syllables and initials), so that {@code tengchi}, {@code téng chí},
 * {@code teng2 chi2}, {@code 腾驰} and {@code htc} all reach 湖南腾驰环保科技有限公司. Queries go
 * through {@link #normalizeQuery} so both sides agree.
 */
public final class SearchText {

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	private SearchText() {
	}

	/** Builds the stored search text from any number of name or code values (nulls are skipped). */
	public static String of(@Nullable Object... values) {
		Set<String> parts = new LinkedHashSet<>();
		for (Object value : values) {
			if (value == null) {
				continue;
			}
			String text = value.toString();
			parts.add(compact(text));
			if (text.codePoints().anyMatch(SearchText::isHan)) {
				StringBuilder full = new StringBuilder();
				StringBuilder initials = new StringBuilder();
				text.codePoints().forEach(cp -> {
					String syllable = pinyin(cp);
					if (syllable != null) {
						full.append(syllable);
						initials.append(syllable.charAt(0));
					}
					else if (Character.isLetterOrDigit(cp)) {
						full.appendCodePoint(Character.toLowerCase(cp));
					}
				});
				parts.add(full.toString());
				parts.add(initials.toString());
			}
		}
		parts.remove("");
		return String.join("|", parts);
	}

	/**
	 * The collation key a name sorts by, as Chinese readers order names: each Han character by its
	 * pinyin syllable (toneless) followed by a space, other letters and digits in lower case, the rest
	 * left out; so 东 ({@code dong}), 格 ({@code ge}), 广 ({@code guang}), 某 ({@code mou}) sort in that
	 * order, whatever their code points. Stored at write time as {@code nameSort}, with an index.
	 */
	public static String sortKey(String name) {
		StringBuilder key = new StringBuilder();
		Normalizer.normalize(name, Normalizer.Form.NFKC).codePoints().forEach(cp -> {
			String syllable = pinyin(cp);
			if (syllable != null) {
				key.append(syllable).append(' ');
			}
			else if (Character.isLetterOrDigit(cp)) {
				key.appendCodePoint(Character.toLowerCase(cp));
			}
		});
		return key.toString();
	}

	/**
	 * Normalises a query the same way: lower case, tone marks and tone digits and spaces removed
	 * (digits are kept when the query looks like a code, i.e. has no pinyin letters around them).
	 */
	public static String normalizeQuery(String query) {
		String text = compact(query);
		if (text.matches("[a-zv]+[1-5]([a-zv]+[1-5]?)*")) {
			text = text.replaceAll("[1-5]", "");
		}
		return text;
	}

	private static String compact(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return decomposed.toLowerCase(Locale.ROOT).replace("ü", "v").replaceAll("[\\s\\p{Z}\\p{P}\\p{S}]+", "");
	}

	private static boolean isHan(int cp) {
		return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
	}

	private static @Nullable String pinyin(int cp) {
		if (!isHan(cp) || Character.charCount(cp) > 1) {
			return null;
		}
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) cp, FORMAT);
			return readings == null || readings.length == 0 ? null : readings[0];
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException(ex);
		}
	}

}
