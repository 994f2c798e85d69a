package cn.yongxing.silvergraph.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	/** Whole number, not negative. */
	record Count() implements ColumnType {
		public Object convert(String cell) {
			try {
				long value = Long.parseLong(cell);
				if (value < 0) {
					throw new IllegalArgumentException("must not be negative");
				}
				return value;
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("is not a whole number");
			}
		}
	}

	/** Decimal quantity (tonnes, yuan); negative only where allowed (profit). */
	record Quantity(boolean signed) implements ColumnType {
		public Object convert(String cell) {
			BigDecimal value;
			try {
				value = new BigDecimal(cell.replace("_", ""));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("is not a number");
			}
			if (!signed && value.signum() < 0) {
				throw new IllegalArgumentException("must not be negative");
			}
			return value.doubleValue();
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

	/** A date written YYYY, YYYY-MM or YYYY-MM-DD; kept as written, checked for validity. */
	record Date() implements ColumnType {
		public Object convert(String cell) {
			try {
				switch (cell.length()) {
					case 4 -> new Year().convert(cell);
					case 7 -> YearMonth.parse(cell);
					case 10 -> LocalDate.parse(cell);
					default -> throw new IllegalArgumentException("is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
				}
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
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

}
