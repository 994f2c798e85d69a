package cn.yongxing.silvergraph.ingest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds on what an import reads, each refused with a clear problem before it can exhaust memory:
 * a zip upload's expanded size and entry count, the length of one line and of one cell.
 *
 * <p>Held in a static field set once from configuration at start-up (this component), because the
 * readers that apply it are static factories of {@link Dataset} called from many places (uploads,
 * directories, the seed, tests); without a Spring context (unit tests) the defaults apply.
 */
@Component
final class ImportLimits {

	/** Defaults: 256 MiB expanded, 1,000 entries, lines of 1 Mi characters, cells of 64 Ki characters. */
	static final Values DEFAULTS = new Values(256L * 1024 * 1024, 1000, 1024 * 1024, 64 * 1024);

	private static volatile Values current = DEFAULTS;

	ImportLimits(@Value("${silvergraph.import.max-zip-bytes:268435456}") long maxZipBytes,
			@Value("${silvergraph.import.max-zip-entries:1000}") int maxZipEntries,
			@Value("${silvergraph.import.max-line-length:1048576}") int maxLineLength,
			@Value("${silvergraph.import.max-cell-length:65536}") int maxCellLength) {
		current = new Values(maxZipBytes, maxZipEntries, maxLineLength, maxCellLength);
	}

	/** The limits in force. */
	static Values current() {
		return current;
	}

	/** Replaces the limits in force (tests); returns the previous ones. */
	static Values set(Values values) {
		Values previous = current;
		current = values;
		return previous;
	}

	/**
	 * @param maxZipBytes most bytes a zip upload may expand to, all entries together
	 * @param maxZipEntries most entries in a zip upload
	 * @param maxLineLength most characters on one line of a file
	 * @param maxCellLength most characters in one cell
	 */
	record Values(long maxZipBytes, int maxZipEntries, int maxLineLength, int maxCellLength) {

		Values {
			if (maxZipBytes <= 0 || maxZipEntries <= 0 || maxLineLength <= 0 || maxCellLength <= 0) {
				throw new IllegalArgumentException("silvergraph.import.max-* limits must be positive");
			}
		}

	}

}
