package cn.yongxing.silvergraph.migrations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned migration file ({@code V<version>__<description>.cypher}).
 *
 * @param version the ordering number
 * @param description what it does, from the file name
 * @param statements Cypher statements, split on {@code ;} at the end of a line
 * @param checksum SHA-256 of the file text, so an edited applied migration is detected
 */
public record Migration(int version, String description, List<String> statements, String checksum) {

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	/** Parses a migration from its file name and text; rejects names not of the form {@code V1__x.cypher}. */
	public static Migration parse(String fileName, String text) {
		Matcher m = NAME.matcher(fileName);
		if (!m.matches()) {
			throw new IllegalArgumentException("Migration file name must look like V001__description.cypher: " + fileName);
		}
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("//") || trimmed.isEmpty()) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				String statement = current.toString().strip();
				statements.add(statement.substring(0, statement.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), List.copyOf(statements),
				sha256(text));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
