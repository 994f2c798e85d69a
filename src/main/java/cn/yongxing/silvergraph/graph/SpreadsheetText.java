package cn.yongxing.silvergraph.graph;

import org.jspecify.annotations.Nullable;

/**
 * Text for a CSV cell that people open in a spreadsheet: a cell starting with {@code = + - @}, tab
 * or carriage return gets a leading apostrophe, so the spreadsheet shows it as text and never runs it
 * as a formula (OWASP's advice on CSV injection; a signed number such as {@code +1} is escaped too, as
 * OWASP advises, so use it for text cells). The dataset export, read back by the importer, does not use this: its cells
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
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + text : text;
	}

}
