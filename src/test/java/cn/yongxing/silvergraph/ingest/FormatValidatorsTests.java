package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real-format validators at their edges. Codes here are made up to have a valid (or invalid)
 * structure; none is claimed to belong to any real enterprise, patent or standard.
 */
class FormatValidatorsTests {

	final ColumnType creditCode = new ColumnType.CreditCode();

	final ColumnType patent = new ColumnType.PatentNumber();

	final ColumnType standard = new ColumnType.StandardCode();

	@Test
	void acceptsTheWorkedExampleOfGb32100() {
		// the sample code used to explain the GB 32100-2015 check character
		assertThat(creditCode.convert("91350100M000100Y43")).isEqualTo("91350100M000100Y43");
	}

	@Test
	void acceptsACreditCodeWhoseCheckCharacterIsZero() {
		assertThat(ColumnType.CreditCode.checkCharacter("91431023MA4L00039")).isEqualTo('0');
		assertThat(creditCode.convert("91431023MA4L000390")).isEqualTo("91431023MA4L000390");
	}

	@Test
	void rejectsACreditCodeWithTheWrongCheckCharacter() {
		assertThatIllegalArgumentException().isThrownBy(() -> creditCode.convert("91350100M000100Y44"))
			.withMessageContaining("check character is '4'")
			.withMessageContaining("give '3'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y4", "91350100M000100Y433", "" })
	void rejectsACreditCodeOfTheWrongLength(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> creditCode.convert(code)).withMessageContaining("not 18");
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100I000100Y43", "91350100O000100Y43", "91350100S000100Y43", "91350100V000100Y43",
			"91350100Z000100Y43", "91350100m000100Y43" })
	void rejectsCreditCodeCharactersOutsideTheCodeSet(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> creditCode.convert(code))
			.withMessageContaining("character 9");
	}

	@Test
	void rejectsACreditCodeWithoutADivisionCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> creditCode.convert("91A50100M000100Y43"))
			.withMessageContaining("division code");
	}

	@ParameterizedTest
	@ValueSource(strings = { "202310000001.5", "CN202310000001.5", "202310000002.X", "202320000000.6", "98100007.X",
			"98100015.0" })
	void acceptsApplicationNumbersWithTheirCheckDigit(String number) {
		assertThat(patent.convert(number)).isEqualTo(number);
	}

	@ParameterizedTest
	@ValueSource(strings = { "202310000001.4", "202310000002.0", "98100007.0" })
	void rejectsApplicationNumbersWithAWrongCheckDigit(String number) {
		assertThatIllegalArgumentException().isThrownBy(() -> patent.convert(number))
			.withMessageContaining("check digit");
	}

	@Test
	void rejectsAnApplicationNumberOfAnUnknownType() {
		assertThatIllegalArgumentException().isThrownBy(() -> patent.convert("202350000001.1"))
			.withMessageContaining("type digit '5'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CN116000000A", "CN116000000B", "CN216000000U", "CN306000000S", "CN1234567C" })
	void acceptsPublicationNumbers(String number) {
		assertThat(patent.convert(number)).isEqualTo(number);
	}

	@ParameterizedTest
	@ValueSource(strings = { "CN216000000A", "CN116000000U", "CN116000000S" })
	void rejectsPublicationNumbersWhoseKindDoesNotMatchTheNumber(String number) {
		assertThatIllegalArgumentException().isThrownBy(() -> patent.convert(number)).withMessageContaining("kind code");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023100000015", "202310000001", "CN11600000A", "CN116000000", "CN116000000E",
			"ZL202310000001.5", "2023 1 0000001.5" })
	void rejectsWhatIsNoPatentNumber(String number) {
		assertThatIllegalArgumentException().isThrownBy(() -> patent.convert(number))
			.withMessageContaining("not a Chinese patent number");
	}

	@ParameterizedTest
	@ValueSource(strings = { "GB 12345-2008", "GB/T 4135-2016", "GB/T 12345.1-2008", "GB/Z 123-2010", "YS/T 1234-2018",
			"YS 12-93", "DB43/T 1234-2020", "DB4310/T 12-2021", "T/CNIA 0123-2021", "T/ZGTX 12-2022",
			"20214220-T-610" })
	void acceptsStandardCodes(String code) {
		assertThat(standard.convert(code)).isEqualTo(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "GB/T4135-2016", "GB/T 4135", "GB/X 4135-2016", "gb/t 4135-2016", "GB/T 4135—2016",
			"DB4/T 12-2020", "T/ 12-2021", "Q/YX 1-2020", "YST 1234-2018", "20214220-X-610" })
	void rejectsMalformedStandardCodes(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> standard.convert(code))
			.withMessageContaining("not a standard code");
	}

	@Test
	void rejectsAStandardCodeWithAnImplausibleYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> standard.convert("GB/T 4135-1850"))
			.withMessageContaining("year 1850");
	}

	@Test
	void checksSharesPercentagesAndTonnagesAtTheirEdges() {
		assertThat(new ColumnType.Fraction().convert("1")).isEqualTo(1.0);
		assertThat(new ColumnType.Fraction().convert("0")).isEqualTo(0.0);
		assertThatIllegalArgumentException().isThrownBy(() -> new ColumnType.Fraction().convert("1.0001"));
		assertThatIllegalArgumentException().isThrownBy(() -> new ColumnType.Fraction().convert("17.9"));
		assertThatIllegalArgumentException().isThrownBy(() -> new ColumnType.Quantity(false).convert("-0.1"));
		assertThat(new ColumnType.Year().convert("2100")).isEqualTo(2100L);
		assertThatIllegalArgumentException().isThrownBy(() -> new ColumnType.Year().convert("1899"));
	}

	/** A value the API could not read back (larger than an Int, infinite) or digits of another script. */
	@Test
	void refusesNumbersTheApiCouldNotReadBackAndDigitsOfOtherScripts() {
		assertThat(new ColumnType.Count().convert("2147483647")).isEqualTo(2147483647L);
		assertThatIllegalArgumentException().isThrownBy(() -> new ColumnType.Count().convert("2147483648"))
			.withMessageContaining("too large");
		assertThatIllegalArgumentException().isThrownBy(() -> new ColumnType.Count().convert("99999999999"));
		assertThatIllegalArgumentException().isThrownBy(() -> new ColumnType.Count().convert("٣"));
		assertThatIllegalArgumentException().isThrownBy(() -> new ColumnType.Year().convert("٢٠٢٤"));
		assertThat(new ColumnType.Quantity(false).convert("1e300")).isEqualTo(1e300);
		assertThatIllegalArgumentException().isThrownBy(() -> new ColumnType.Quantity(false).convert("1e400"))
			.withMessageContaining("too large");
		assertThatIllegalArgumentException().isThrownBy(() -> new ColumnType.Quantity(true).convert("-1e400"));
		assertThatIllegalArgumentException().isThrownBy(() -> new ColumnType.Quantity(false).convert("٣"));
		assertThatIllegalArgumentException().isThrownBy(() -> new ColumnType.Fraction().convert("1e-400x"));
	}

}
