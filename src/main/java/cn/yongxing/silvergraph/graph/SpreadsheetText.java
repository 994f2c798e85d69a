package cn.yongxing.silvergraph.graph;

import org.jspecify.annotations.Nullable;

/**
 * Text for a CSV cell that people open in a spreadsheet: a cell starting with {@code = + - @}, tab
 * or carriage return gets a leading apostrophe, so the spreadsheet shows it as text and never runs it
 * as a formula (OWASP's advice on CSV injection). A plain number ({@code -1.5}) is left as it is, a
 * number and no formula. The dataset export, read back by the importer, does not use this: its cells
 * round-trip exactly.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	/** The text as a spreadsheet shows it, never as a formula. */
	public static @Nullable String cell(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' && first != '\r') {
			return text;
		}
		return isPlainNumber(text) ? text : "'" + text;
	}

	private static boolean isPlainNumber(String text) {
		return text.matches("[+-]?[0-9]+(\\.[0-9]+)?");
	}

}
