package cn.yongxing.silvergraph.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Opaque keyset cursors: the sort values of a row (strings, numbers, booleans, nulls), so the next page
 * starts strictly after it whatever was inserted meanwhile.
 */
public final class Cursor {

	private static final String SEPARATOR = "\u001f";

	private Cursor() {
	}

	/** Encodes sort values into a cursor. */
	public static String encode(List<?> values) {
		List<String> parts = new ArrayList<>();
		for (Object v : values) {
			parts.add(switch (v) {
				case null -> "z";
				case String s -> "s" + s;
				case Number n -> "n" + n.doubleValue();
				case Boolean b -> "b" + b;
				default -> "s" + v;
			});
		}
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString(("v1" + SEPARATOR + String.join(SEPARATOR, parts)).getBytes(StandardCharsets.UTF_8));
	}

	/** Decodes a cursor made by {@link #encode} with the expected number of values. */
	public static List<@Nullable Object> decode(String cursor, int size) {
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new BadInputException("Malformed cursor '" + cursor + "': pass a cursor exactly as the API returned it");
		}
		String[] parts = text.split(SEPARATOR, -1);
		if (parts.length != size + 1 || !parts[0].equals("v1")) {
			throw new BadInputException("Cursor '" + cursor + "' does not belong to this list or ordering");
		}
		List<@Nullable Object> values = new ArrayList<>();
		for (int i = 1; i < parts.length; i++) {
			String p = parts[i];
			try {
				values.add(switch (p.isEmpty() ? ' ' : p.charAt(0)) {
					case 'z' -> null;
					case 's' -> p.substring(1);
					case 'n' -> Double.parseDouble(p.substring(1));
					case 'b' -> Boolean.parseBoolean(p.substring(1));
					default -> throw new BadInputException("Cursor '" + cursor + "' is malformed");
				});
			}
			catch (NumberFormatException ex) {
				throw new BadInputException("Cursor '" + cursor + "' is malformed");
			}
		}
		return values;
	}

}
