package cn.yongxing.silvergraph.graph;

/**
 * A client mistake (bad id, cursor, argument); reported as a GraphQL error with code BAD_USER_INPUT.
 * Messages quote the client's input: whatever a caller sends, a message repeats at most
 * {@value #MAX_WORD} characters of any one word of it and {@value #MAX_MESSAGE} characters in all
 * (a 100 KB cursor is not echoed back).
 */
public class BadInputException extends IllegalArgumentException {

	/** Longest run of non-blank characters a message keeps. */
	static final int MAX_WORD = 200;

	/** Longest message. */
	static final int MAX_MESSAGE = 1000;

	public BadInputException(String message) {
		super(bounded(message));
	}

	/** {@code message} with every word over {@value #MAX_WORD} characters and the whole over {@value #MAX_MESSAGE} cut. */
	public static String bounded(String message) {
		StringBuilder out = new StringBuilder(Math.min(message.length(), MAX_MESSAGE + 40));
		int word = 0;
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			if (Character.isWhitespace(c)) {
				word = 0;
			}
			else if (++word > MAX_WORD) {
				int end = i;
				while (end < message.length() && !Character.isWhitespace(message.charAt(end))) {
					end++;
				}
				out.append("… (").append(end - i + MAX_WORD).append(" characters)");
				i = end - 1;
				word = 0;
				continue;
			}
			if (out.length() >= MAX_MESSAGE) {
				return out.append("… (message cut)").toString();
			}
			out.append(c);
		}
		return out.toString();
	}

}
