package cn.yongxing.silvergraph.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * An XLSX workbook of plain tables for people (target lists, the shortlist): each sheet has a few
 * cover lines (the first bold), a bold frozen header row and rows of cells; numbers are written as
 * numbers, everything else as text (never as a formula). Streams rows, so large lists stay small in memory.
 */
public final class SpreadsheetBook {

	private final SXSSFWorkbook book = new SXSSFWorkbook(200);

	private final CellStyle bold;

	public SpreadsheetBook() {
		bold = book.createCellStyle();
		Font font = book.createFont();
		font.setBold(true);
		bold.setFont(font);
	}

	/** Adds a sheet: cover lines, an empty row, the header row (frozen) and the rows; widths in characters. */
	public SpreadsheetBook sheet(String name, List<String> cover, List<String> headers, List<List<@Nullable Object>> rows,
			int... widths) {
		Sheet sheet = book.createSheet(name.replaceAll("[\\[\\]*/\\\\?:]", " "));
		int r = 0;
		for (String line : cover) {
			Cell cell = sheet.createRow(r).createCell(0);
			cell.setCellValue(line);
			if (r == 0) {
				cell.setCellStyle(bold);
			}
			r++;
		}
		if (!cover.isEmpty()) {
			r++;
		}
		Row header = sheet.createRow(r);
		for (int j = 0; j < headers.size(); j++) {
			Cell cell = header.createCell(j);
			cell.setCellValue(headers.get(j));
			cell.setCellStyle(bold);
		}
		sheet.createFreezePane(0, r + 1);
		for (List<@Nullable Object> values : rows) {
			Row row = sheet.createRow(++r);
			for (int j = 0; j < values.size(); j++) {
				Object v = values.get(j);
				if (v instanceof Number n) {
					row.createCell(j).setCellValue(n.doubleValue());
				}
				else if (v != null) {
					row.createCell(j).setCellValue(v.toString());
				}
			}
		}
		for (int j = 0; j < widths.length; j++) {
			sheet.setColumnWidth(j, Math.min(255, widths[j]) * 256);
		}
		return this;
	}

	/** The workbook as an XLSX file. */
	public byte[] bytes() {
		try (book) {
			var out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
