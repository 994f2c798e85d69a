package cn.yongxing.silvergraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The raw text of a dataset: file name → its CSV text. Parsing and checking happen in
 * {@link DatasetValidator}; this type only gathers files from wherever they come from. A file may
 * also be given as JSON ({@code enterprises.json}: an array of objects, column → value, lists as
 * arrays); it is turned into the equivalent CSV, so object {@code n} (from 1) is reported as line
 * {@code n + 1}.
 *
 * @param files CSV text by file name (no directories)
 * @param undecodable files whose bytes are not all UTF-8: their text stops before the first such byte,
 *        and reading them ends with {@link Utf8Reader.NotUtf8} at its line
 */
public record Dataset(Map<String, String> files, Map<String, Utf8Reader.NotUtf8> undecodable) {

	public Dataset(Map<String, String> files) {
		this(files, Map.of());
	}

	/**
	 * A dataset from named files as bytes, read as UTF-8 strictly (a file that is not is refused at its
	 * line by the validator); JSON files become CSV as in {@link #of}.
	 */
	public static Dataset ofBytes(Map<String, byte[]> bytes) {
		Map<String, String> texts = new LinkedHashMap<>();
		Map<String, Utf8Reader.NotUtf8> undecodable = new LinkedHashMap<>();
		bytes.forEach((name, content) -> {
			Utf8Reader.Decoded decoded = Utf8Reader.decode(content);
			if (decoded.error() != null) {
				if (name.endsWith(".json")) {
					throw new IllegalArgumentException(name + " is not UTF-8 text: " + decoded.error().getMessage());
				}
				undecodable.put(name, decoded.error());
			}
			texts.put(name, decoded.text());
		});
		return new Dataset(of(texts).files(), undecodable);
	}

	/** A dataset from named CSV or JSON texts; throws {@link IllegalArgumentException} for invalid JSON. */
	public static Dataset of(Map<String, String> texts) {
		Map<String, String> files = new LinkedHashMap<>();
		texts.forEach((name, text) -> {
			if (name.endsWith(".json")) {
				files.put(name.substring(0, name.length() - ".json".length()) + ".csv", jsonToCsv(name, text));
			}
			else {
				files.put(name, text);
			}
		});
		return new Dataset(files);
	}

	private static boolean isDataFile(String name) {
		return name.endsWith(".csv") || name.endsWith(".json");
	}

	/** A JSON array of objects as CSV text; throws {@link IllegalArgumentException} for anything else. */
	static String jsonToCsv(String name, String json) {
		JsonNode array;
		try {
			array = JsonMapper.shared().readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(name + " is not valid JSON: " + ex.getOriginalMessage());
		}
		if (!array.isArray()) {
			throw new IllegalArgumentException(name + " must be a JSON array of objects");
		}
		List<String> header = new ArrayList<>();
		for (JsonNode row : array) {
			row.propertyNames().forEach(n -> {
				if (!header.contains(n)) {
					header.add(n);
				}
			});
		}
		var out = new StringBuilder();
		try (var printer = new CSVPrinter(out, CSV_OUT)) {
			printer.printRecord(header);
			for (JsonNode row : array) {
				List<String> cells = new ArrayList<>();
				for (String column : header) {
					cells.add(cell(row.get(column)));
				}
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String cell(JsonNode value) {
		if (value == null || value.isNull()) {
			return "";
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach(v -> items.add(cell(v)));
			return String.join(";", items);
		}
		return value.isString() ? value.stringValue() : value.toString();
	}

	/** How the service writes CSV: RFC 4180 with {@code \n} line ends. */
	static final CSVFormat CSV_OUT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	/** One record, column → cell, as a CSV text of a header and one row. */
	static String csvOf(Map<String, String> cells) {
		var out = new StringBuilder();
		try (var printer = new CSVPrinter(out, CSV_OUT)) {
			printer.printRecord(cells.keySet());
			printer.printRecord(cells.values());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** The dataset as a zip archive, one entry per file. */
	public byte[] toZip() {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * One data row of a file, with its 1-based line number and its cells by column name.
	 *
	 * @param extraCells cells beyond the header's columns, when any of them holds a value (0 otherwise)
	 */
	record Row(int line, Map<String, String> cells, int extraCells) {

		Row(int line, Map<String, String> cells) {
			this(line, cells, 0);
		}

	}

	/** Reads every {@code *.csv} of a directory. */
	public static Dataset fromDirectory(Path directory) {
		try (Stream<Path> paths = Files.list(directory)) {
			Map<String, byte[]> files = new LinkedHashMap<>();
			for (Path p : paths.filter(p -> isDataFile(p.getFileName().toString())).sorted().toList()) {
				files.put(p.getFileName().toString(), Files.readAllBytes(p));
			}
			return ofBytes(files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read dataset directory " + directory, ex);
		}
	}

	/** Reads every {@code *.csv} under a Spring resource location such as {@code classpath:seed/}. */
	public static Dataset fromLocation(String location) {
		try {
			String base = location.endsWith("/") ? location : location + "/";
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(base + "*.csv");
			Map<String, byte[]> files = new LinkedHashMap<>();
			for (Resource r : resources) {
				files.put(r.getFilename(), r.getContentAsByteArray());
			}
			return ofBytes(files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read dataset at " + location, ex);
		}
	}

	/**
	 * Reads the {@code *.csv} entries of a zip archive (directories inside it are ignored), within
	 * {@code silvergraph.import.max-zip-bytes} and {@code max-zip-entries} ({@link ImportLimits}).
	 */
	public static Dataset fromZip(InputStream zip) {
		ImportLimits.Values limits = ImportLimits.current();
		return fromZip(zip, limits.maxZipBytes(), limits.maxZipEntries());
	}

	/**
	 * The data files of a zip, refused with {@link IllegalArgumentException} (422 INVALID_FILE over
	 * HTTP) once it holds more than {@code maxEntries} entries or expands past {@code maxBytes}, and
	 * when it is truncated or not a zip at all.
	 */
	static Dataset fromZip(InputStream zip, long maxBytes, int maxEntries) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		long total = 0;
		int entries = 0;
		try (var in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (++entries > maxEntries) {
					throw new IllegalArgumentException("The zip holds more than " + maxEntries
							+ " entries (silvergraph.import.max-zip-entries)");
				}
				String name = Path.of(entry.getName()).getFileName().toString();
				if (entry.isDirectory() || !isDataFile(name)) {
					continue;
				}
				var bytes = new java.io.ByteArrayOutputStream();
				byte[] buffer = new byte[64 * 1024];
				for (int n; (n = in.read(buffer)) > 0;) {
					total += n;
					if (total > maxBytes) {
						throw new IllegalArgumentException("The zip expands to more than " + maxBytes
								+ " bytes (silvergraph.import.max-zip-bytes); split the dataset");
					}
					bytes.write(buffer, 0, n);
				}
				files.put(name, bytes.toByteArray());
			}
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("The zip archive cannot be read (truncated or not a zip)");
		}
		if (entries == 0) {
			throw new IllegalArgumentException("The upload is not a zip archive with files in it");
		}
		return ofBytes(files);
	}

	/** Header and rows of one file; throws {@link IllegalArgumentException} when it is not valid CSV. */
	static Parsed parse(String text) {
		try (Rows rows = rows(new StringReader(text))) {
			List<Row> all = new ArrayList<>();
			rows.forEachRemaining(all::add);
			return new Parsed(rows.header(), all);
		}
	}

	/**
	 * The rows of one file read as they are needed, so a file need not fit in memory. Throws
	 * {@link IllegalArgumentException} when the header, or later a row, is not valid CSV; the reader is
	 * closed with the returned {@link Rows}.
	 */
	static Rows rows(Reader reader) {
		try {
			var in = new PushbackReader(new BoundedLines(reader, ImportLimits.current().maxLineLength()), 1);
			int first = in.read();
			if (first != -1 && first != '\uFEFF') {
				in.unread(first);
			}
			CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true).setTrim(true).get().parse(in);
			return new Rows(parser);
		}
		catch (BadFile ex) {
			throw ex;
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			// the parser's own messages quote the header: invalid() cuts them
			throw invalid(ex);
		}
	}

	/** A file that cannot be read as CSV, at the line where it went wrong when that is known. */
	static final class BadFile extends IllegalArgumentException {

		private final int line;

		BadFile(String message, int line) {
			super(message);
			this.line = line;
		}

		/** 1-based line, 0 when the problem is the file's as a whole. */
		int line() {
			return line;
		}

	}

	private static IllegalArgumentException invalid(Exception ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof Utf8Reader.NotUtf8 bad) {
				return new BadFile("is not UTF-8 text: " + bad.getMessage()
						+ "; the format is UTF-8: save the file as UTF-8 (GBK, GB 18030 and Latin-1 are not read)", bad.line());
			}
			if (t instanceof BoundedLines.TooLong tooLong) {
				return new BadFile("has a record longer than " + tooLong.limit()
						+ " characters (silvergraph.import.max-line-length), reaching line " + tooLong.line(), tooLong.line());
			}
		}
		String message = String.valueOf(ex.getMessage());
		return new BadFile("is not valid CSV: " + ImportProblem.cut(message), 0);
	}

	/** The data rows of one file, in order, each with its cells by header name. */
	static final class Rows implements Iterator<Row>, AutoCloseable {

		private final CSVParser parser;

		private final Iterator<CSVRecord> records;

		private final List<String> header;

		private Rows(CSVParser parser) {
			this.parser = parser;
			this.records = parser.iterator();
			this.header = parser.getHeaderNames();
		}

		List<String> header() {
			return header;
		}

		@Override
		public boolean hasNext() {
			try {
				return records.hasNext();
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				throw invalid(ex);
			}
		}

		@Override
		public Row next() {
			CSVRecord record;
			try {
				record = records.next();
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				throw invalid(ex);
			}
			Map<String, String> cells = new LinkedHashMap<>();
			for (String column : header) {
				cells.put(column, record.isSet(column) ? record.get(column) : "");
			}
			// cells beyond the header would be lost without a word: the row says how many it has
			int extra = 0;
			for (int i = header.size(); i < record.size(); i++) {
				if (!record.get(i).isEmpty()) {
					extra = record.size() - header.size();
				}
			}
			return new Row((int) record.getRecordNumber() + 1, cells, extra);
		}

		@Override
		public void close() {
			try {
				parser.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	record Parsed(List<String> header, List<Row> rows) {
	}

}
