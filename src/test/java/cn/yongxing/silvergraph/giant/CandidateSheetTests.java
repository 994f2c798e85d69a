package cn.yongxing.silvergraph.giant;

import static cn.yongxing.silvergraph.giant.TierEngineTests.LG;
import static cn.yongxing.silvergraph.giant.TierEngineTests.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The exported candidate list: CSV with a byte-order mark and quoting, XLSX that a spreadsheet reads back. */
class CandidateSheetTests {

	private static List<Assessment> ranked(Lang l) {
		return List.of(TierEngine.assess(LG, FactsFixture.qualified().build(), 2023, RULES.smeStandard(), l),
				TierEngine.assess(LG, FactsFixture.empty().build(), 2023, RULES.smeStandard(), l));
	}

	@Test
	void writesCsvWithAByteOrderMarkAndChineseHeaders() {
		byte[] csv = CandidateSheet.csv(ranked(Lang.ZH), Lang.ZH);
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8).substring(1);
		String[] lines = text.split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).isEqualTo("排名,企业,状态,得分,最高可得分,数据完整度,规则集,未达标指标,未知指标,缺少数据");
		assertThat(lines[1]).startsWith("1,合成企业,符合,100,100,100%,");
		assertThat(lines[2]).startsWith("2,合成企业,接近,0,").contains("资产负债率");
	}

	@Test
	void writesAnXlsxSheetWithNumbersAsNumbers() throws Exception {
		var out = new ByteArrayOutputStream();
		CandidateSheet.xlsx(ranked(Lang.EN), Lang.EN, out);
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Status");
			assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
			assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(100.0);
			assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Near");
			assertThat(sheet.getRow(2).getCell(9).getStringCellValue()).contains("the 2023 balance sheet — for debt ratio");
		}
	}

}
