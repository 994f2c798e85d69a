package cn.yongxing.silvergraph.ingest;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The type of one dataset column: how a cell is checked and converted to a Cypher parameter.
 * {@link #convert} throws {@link IllegalArgumentException} with a message meant for the person who
 * wrote the file.
 */
sealed interface ColumnType {

	Object convert(String cell);

	/** Free text. */
	record Text() implements ColumnType {
		public Object convert(String cell) {
			return cell;
		}
	}

	/**
	 * Whole number, not negative, at most the largest GraphQL {@code Int} (the API reads it as one: a
	 * larger stored value would fail every read of it). Written in ASCII digits: Java's parsers also
	 * take other scripts' digits ("٣" as 3), which no reader of the dataset would expect.
	 */
	record Count() implements ColumnType {
		public Object convert(String cell) {
			if (!asciiNumber(cell)) {
				throw new IllegalArgumentException("is not a whole number");
			}
			try {
				long value = Long.parseLong(cell);
				if (value < 0) {
					throw new IllegalArgumentException("must not be negative");
				}
				if (value > Integer.MAX_VALUE) {
					throw new IllegalArgumentException("is too large (at most " + Integer.MAX_VALUE + ")");
				}
				return value;
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("is not a whole number");
			}
		}
	}

	/** Whether a number is written in ASCII only (digits, sign, point, exponent, underscores). */
	private static boolean asciiNumber(String cell) {
		return !cell.isEmpty() && cell.chars().allMatch(c -> c < 128);
	}

	/** Decimal quantity (tonnes, yuan); negative only where allowed (profit). */
	record Quantity(boolean signed) implements ColumnType {
		public Object convert(String cell) {
			BigDecimal value;
			if (!asciiNumber(cell)) {
				throw new IllegalArgumentException("is not a number");
			}
			try {
				value = new BigDecimal(cell.replace("_", ""));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("is not a number");
			}
			if (!signed && value.signum() < 0) {
				throw new IllegalArgumentException("must not be negative");
			}
			double number = value.doubleValue();
			// 1e400 parses, but as a double it is infinite, which no reader (nor JSON) can take
			if (!Double.isFinite(number)) {
				throw new IllegalArgumentException("is too large");
			}
			return number;
		}
	}

	/** A share or ratio as a fraction in [0, 1]. */
	record Fraction() implements ColumnType {
		public Object convert(String cell) {
			double value = (double) new Quantity(false).convert(cell);
			if (value > 1) {
				throw new IllegalArgumentException("is a share and must be a fraction between 0 and 1 (17.9 % is 0.179)");
			}
			return value;
		}
	}

	/** A calendar year between 1900 and 2100. */
	record Year() implements ColumnType {
		public Object convert(String cell) {
			long year = (long) new Count().convert(cell);
			if (year < 1900 || year > 2100) {
				throw new IllegalArgumentException("is not a plausible year (1900-2100)");
			}
			return year;
		}
	}

	/**
	 * A date written YYYY, YYYY-MM or YYYY-MM-DD; kept as written, checked for validity.
	 * @param past whether the date must not lie in the future (a publication date): the first day of the
	 * year or month written must not be after today
	 */
	record Date(boolean past) implements ColumnType {
		Date() {
			this(false);
		}

		public Object convert(String cell) {
			LocalDate first;
			try {
				first = switch (cell.length()) {
					case 4 -> LocalDate.of(((Long) new Year().convert(cell)).intValue(), 1, 1);
					case 7 -> YearMonth.parse(cell).atDay(1);
					case 10 -> LocalDate.parse(cell);
					default -> throw new IllegalArgumentException("is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
				};
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
			}
			if (past && first.isAfter(LocalDate.now())) {
				throw new IllegalArgumentException("is a publication date in the future");
			}
			return cell;
		}
	}

	/** The address of a public page: an absolute {@code http} or {@code https} URL with a host. */
	record Url() implements ColumnType {
		public Object convert(String cell) {
			URI uri;
			try {
				uri = new URI(cell);
			}
			catch (URISyntaxException ex) {
				throw new IllegalArgumentException("is not a URL: " + ex.getReason());
			}
			String scheme = uri.getScheme();
			if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
				throw new IllegalArgumentException("is not a web address: only http and https URLs are accepted");
			}
			if (uri.getHost() == null || uri.getHost().isBlank()) {
				throw new IllegalArgumentException("is not a web address: the URL has no host");
			}
			return cell;
		}
	}

	/** {@code true} or {@code false}. */
	record Bool() implements ColumnType {
		public Object convert(String cell) {
			return switch (cell.toLowerCase()) {
				case "true" -> true;
				case "false" -> false;
				default -> throw new IllegalArgumentException("must be true or false");
			};
		}
	}

	/** One of a fixed set of words. */
	record Choice(Set<String> values) implements ColumnType {
		static Choice of(String... values) {
			return new Choice(Set.copyOf(Arrays.asList(values)));
		}

		public Object convert(String cell) {
			if (!values.contains(cell)) {
				throw new IllegalArgumentException("must be one of " + values.stream().sorted().toList());
			}
			return cell;
		}
	}

	/** {@code ;}-separated list of items of another type. */
	record ListOf(ColumnType item) implements ColumnType {
		public Object convert(String cell) {
			List<Object> items = Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty())
				.map(item::convert).toList();
			return items;
		}
	}

	/** The key of a node of one label. */
	record Ref(String label) implements ColumnType {
		public Object convert(String cell) {
			return cell;
		}
	}

	/** {@code Label:key} pointing at a node of one of several labels. */
	record TypedRef(Set<String> labels) implements ColumnType {
		static TypedRef of(String... labels) {
			return new TypedRef(Set.copyOf(Arrays.asList(labels)));
		}

		public Object convert(String cell) {
			int colon = cell.indexOf(':');
			if (colon <= 0 || colon == cell.length() - 1) {
				throw new IllegalArgumentException("must be written Label:key, with Label one of "
						+ labels.stream().sorted().toList());
			}
			String label = cell.substring(0, colon);
			if (!labels.contains(label)) {
				throw new IllegalArgumentException("points at a " + label + ", but only "
						+ labels.stream().sorted().toList() + " are allowed here");
			}
			return Map.of("label", label, "key", cell.substring(colon + 1));
		}
	}

	/**
	 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the code set
	 * without I, O, S, V and Z; characters 3-8 are an administrative division code; the 18th is the check
	 * character over the first 17 (weights 3^i mod 31, check = 31 - sum mod 31).
	 */
	record CreditCode() implements ColumnType {
		static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

		private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

		public Object convert(String cell) {
			if (cell.length() != 18) {
				throw new IllegalArgumentException("is not a unified social credit code: it has " + cell.length()
						+ " characters, not 18");
			}
			for (int i = 0; i < 18; i++) {
				if (CHARSET.indexOf(cell.charAt(i)) < 0) {
					throw new IllegalArgumentException("is not a unified social credit code: character " + (i + 1) + " '"
							+ cell.charAt(i) + "' is not allowed (digits and capital letters except I, O, S, V, Z)");
				}
			}
			if (!cell.substring(2, 8).chars().allMatch(Character::isDigit)) {
				throw new IllegalArgumentException(
						"is not a unified social credit code: characters 3-8 must be the digits of a division code");
			}
			char expected = checkCharacter(cell.substring(0, 17));
			if (cell.charAt(17) != expected) {
				throw new IllegalArgumentException("is not a valid unified social credit code: the check character is '"
						+ cell.charAt(17) + "', but the first 17 characters give '" + expected + "' (GB 32100-2015)");
			}
			return cell;
		}

		/** The GB 32100-2015 check character of the first 17 characters of a code. */
		static char checkCharacter(String first17) {
			int sum = 0;
			for (int i = 0; i < 17; i++) {
				sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
			}
			return CHARSET.charAt((31 - sum % 31) % 31);
		}
	}

	/**
	 * A Chinese patent number as a key: an application number (since 2003: year, type digit, 7-digit
	 * serial; before: 2-digit year, type digit, 5-digit serial; then {@code .} and the check digit, weights
	 * 2..9 repeating, mod 11, 10 written X), optionally prefixed {@code CN}; or a publication number
	 * ({@code CN}, 7 or 9 digits, kind code A/B/C for inventions, U/Y for utility models, S for designs).
	 */
	record PatentNumber() implements ColumnType {
		private static final Pattern APPLICATION = Pattern
			.compile("(?:CN)?(\\d{8}|\\d{12})\\.([0-9X])");

		private static final Pattern PUBLICATION = Pattern
			.compile("CN(\\d{7}|\\d{9})([ABCUYS])");

		public Object convert(String cell) {
			var application = APPLICATION.matcher(cell);
			if (application.matches()) {
				String digits = application.group(1);
				char type = digits.charAt(digits.length() == 12 ? 4 : 2);
				if ("12389".indexOf(type) < 0) {
					throw new IllegalArgumentException("is not a patent application number: type digit '" + type
							+ "' must be 1 (invention), 2 (utility model), 3 (design), 8 or 9 (PCT)");
				}
				char expected = checkDigit(digits);
				if (application.group(2).charAt(0) != expected) {
					throw new IllegalArgumentException("is not a valid patent application number: the check digit is '"
							+ application.group(2) + "', but the digits give '" + expected + "'");
				}
				return cell;
			}
			var publication = PUBLICATION.matcher(cell);
			if (publication.matches()) {
				String digits = publication.group(1);
				char kind = publication.group(2).charAt(0);
				char family = "ABC".indexOf(kind) >= 0 ? '1' : "UY".indexOf(kind) >= 0 ? '2' : '3';
				if (digits.length() == 9 && digits.charAt(0) != family) {
					throw new IllegalArgumentException("is not a patent publication number: kind code " + kind
							+ " goes with numbers starting " + family);
				}
				return cell;
			}
			throw new IllegalArgumentException("is not a Chinese patent number: write an application number such as "
					+ "202310000001.X (year, type, serial, check digit) or a publication number such as CN116000000A");
		}

		/** The check digit of the digits of an application number (before the dot). */
		static char checkDigit(String digits) {
			int sum = 0;
			for (int i = 0; i < digits.length(); i++) {
				sum += (digits.charAt(i) - '0') * (2 + i % 8);
			}
			int check = sum % 11;
			return check == 10 ? 'X' : (char) ('0' + check);
		}
	}

	/**
	 * A standard code: national (GB, GB/T, GB/Z), industry (two letters, e.g. YS/T), local (DB + division
	 * code, e.g. DB43/T), group (T/ + body), each with number and year ({@code GB/T 4135-2016}); or the
	 * plan number of a standard project ({@code 20214220-T-610}).
	 */
	record StandardCode() implements ColumnType {
		private static final Pattern CODE = Pattern.compile(
				"(?:GB(?:/[TZ])?|(?!GB)[A-Z]{2}(?:/[TZ])?|DB\\d{2}(?:\\d{2}){0,2}/T?|T/[A-Z][A-Z0-9]{1,15}) "
						+ "\\d{1,6}(?:\\.\\d{1,3})*-(\\d{2}|\\d{4})");

		private static final Pattern PLAN = Pattern.compile("\\d{8}-[TQZ]-\\d{3}");

		public Object convert(String cell) {
			var code = CODE.matcher(cell);
			if (code.matches()) {
				String year = code.group(1);
				if (year.length() == 4 && (year.compareTo("1950") < 0 || year.compareTo("2100") > 0)) {
					throw new IllegalArgumentException("is not a standard code: the year " + year + " is implausible");
				}
				return cell;
			}
			if (PLAN.matcher(cell).matches()) {
				return cell;
			}
			throw new IllegalArgumentException("is not a standard code: write prefix, space, number, '-' and year, "
					+ "e.g. GB/T 4135-2016, YS/T 1234-2018, DB43/T 1234-2020, T/CNIA 0123-2021, "
					+ "or a project plan number such as 20214220-T-610");
		}
	}

}
