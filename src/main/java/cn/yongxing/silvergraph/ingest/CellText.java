package cn.yongxing.silvergraph.ingest;

/**
 * Characters no cell may hold: control characters other than tab and line breaks (C0, DEL, C1),
 * unpaired surrogates and the non-characters U+FFFE/U+FFFF. XML cannot carry them (the GraphML and
 * GEXF exports), terminals and spreadsheets misread them, and no real name or title needs them.
 * (Bytes that are not UTF-8 never reach a cell: files are read strictly, see {@link Utf8Reader}.)
 */
final class CellText {

	private CellText() {
	}

	/**
	 * Throws {@link IllegalArgumentException} naming the first forbidden character and its position, or
	 * for a cell over {@code silvergraph.import.max-cell-length}.
	 */
	static void check(String cell) {
		int max = ImportLimits.current().maxCellLength();
		if (cell.length() > max) {
			throw new IllegalArgumentException("is " + cell.length() + " characters long; a cell holds at most " + max
					+ " (silvergraph.import.max-cell-length)");
		}
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < cell.length()
					&& Character.isLowSurrogate(cell.charAt(i + 1));
			if (pair) {
				i++;
				continue;
			}
			if (forbidden(c)) {
				throw new IllegalArgumentException("holds the character U+%04X at position %d; control characters (other than tab and line breaks), unpaired surrogates and U+FFFE/U+FFFF are not allowed"
					.formatted((int) c, i + 1));
			}
		}
	}

	private static boolean forbidden(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
				|| Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
	}

}
