package cn.yongxing.silvergraph.giant;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import cn.yongxing.silvergraph.giant.CriterionResult.Status;
import cn.yongxing.silvergraph.graph.SpreadsheetText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The ranked candidate list as a table for officials (CSV with a UTF-8 byte-order mark, so that
 * spreadsheet programs read the Chinese right, or XLSX): rank, enterprise, status, score, data
 * completeness, the rule set, and in plain words what fails, what is unknown and what to collect.
 * No financial value is written: the list is the same for every reader.
 */
final class CandidateSheet {

	private CandidateSheet() {
	}

	static List<String> headers(Lang l) {
		return List.of(l.pick("Rank", "排名"), l.pick("Enterprise", "企业"), l.pick("Status", "状态"), l.pick("Score", "得分"),
				l.pick("Reachable score", "最高可得分"), l.pick("Data completeness", "数据完整度"), l.pick("Rule set", "规则集"),
				l.pick("Criteria not met", "未达标指标"), l.pick("Criteria unknown", "未知指标"), l.pick("Data to collect", "缺少数据"));
	}

	static String status(Assessment.Status s, Lang l) {
		return switch (s) {
			case QUALIFIED -> l.pick("Qualified", "符合");
			case NEAR -> l.pick("Near", "接近");
			case UNLIKELY -> l.pick("Unlikely", "差距较大");
			case NOT_APPLICABLE -> l.pick("Not applicable (not an SME)", "不适用（非中小企业）");
		};
	}

	static List<String> row(int rank, Assessment a, Lang l) {
		String sep = l.pick("; ", "；");
		return List.of(String.valueOf(rank), l == Lang.ZH || a.enterprise().nameEn() == null ? a.enterprise().name()
				: a.enterprise().nameEn(), status(a.status(), l), Unit.plain(a.score(), 1), Unit.plain(a.maxScore(), 1),
				Unit.plain(a.dataCompleteness() * 100, 0) + "%", l.pick(a.ruleSet().nameEn(), a.ruleSet().name()),
				names(a, Status.FAIL, l).collect(Collectors.joining(sep)), names(a, Status.UNKNOWN, l).collect(Collectors.joining(sep)),
				String.join(sep, a.missingData()));
	}

	private static java.util.stream.Stream<String> names(Assessment a, Status s, Lang l) {
		return a.criteria().stream().filter(c -> c.status() == s && !c.kind().equals("POINTS"))
			.map(c -> l.pick(c.nameEn(), c.name()));
	}

	/** RFC 4180 CSV, CRLF line ends, with a UTF-8 byte-order mark; no cell is read as a formula ({@link SpreadsheetText}). */
	static byte[] csv(List<Assessment> ranked, Lang l) {
		StringBuilder out = new StringBuilder("\uFEFF");
		List<List<String>> rows = rows(ranked, l);
		for (List<String> r : rows) {
			out.append(r.stream().map(CandidateSheet::quote).collect(Collectors.joining(","))).append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String quote(String cell) {
		String v = java.util.Objects.requireNonNullElse(SpreadsheetText.cell(cell), "");
		return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
				? "\"" + v.replace("\"", "\"\"") + "\"" : v;
	}

	/** One sheet, the header row bold and frozen; numbers as numbers. */
	static void xlsx(List<Assessment> ranked, Lang l, OutputStream out) {
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			Sheet sheet = book.createSheet(l.pick("Little-giant candidates", "小巨人候选企业"));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			List<List<String>> rows = rows(ranked, l);
			for (int i = 0; i < rows.size(); i++) {
				Row row = sheet.createRow(i);
				List<String> values = rows.get(i);
				for (int j = 0; j < values.size(); j++) {
					Cell cell = row.createCell(j);
					String v = values.get(j);
					boolean number = i > 0 && (j == 0 || j == 3 || j == 4);
					if (number) {
						cell.setCellValue(Double.parseDouble(v));
					}
					else {
						cell.setCellValue(v);
					}
					if (i == 0) {
						cell.setCellStyle(bold);
					}
				}
			}
			sheet.createFreezePane(0, 1);
			int[] widths = { 6, 30, 14, 8, 10, 10, 36, 40, 40, 80 };
			for (int j = 0; j < widths.length; j++) {
				sheet.setColumnWidth(j, widths[j] * 256);
			}
			book.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<List<String>> rows(List<Assessment> ranked, Lang l) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(headers(l));
		for (int i = 0; i < ranked.size(); i++) {
			rows.add(row(i + 1, ranked.get(i), l));
		}
		return rows;
	}

}
