package cn.yongxing.silvergraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The raw text of a dataset: file name → its CSV text. Parsing and checking happen in
 * {@link DatasetValidator}; this type only gathers files from wherever they come from.
 *
 * @param files CSV text by file name (no directories)
 */
public record Dataset(Map<String, String> files) {

	/** One data row of a file, with its 1-based line number and its cells by column name. */
	record Row(int line, Map<String, String> cells) {
	}

	/** Reads every {@code *.csv} of a directory. */
	public static Dataset fromDirectory(Path directory) {
		try (Stream<Path> paths = Files.list(directory)) {
			Map<String, String> files = new LinkedHashMap<>();
			for (Path p : paths.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
				files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
			}
			return new Dataset(files);
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
			Map<String, String> files = new LinkedHashMap<>();
			for (Resource r : resources) {
				files.put(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8));
			}
			return new Dataset(files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read dataset at " + location, ex);
		}
	}

	/** Reads the {@code *.csv} entries of a zip archive (directories inside it are ignored). */
	public static Dataset fromZip(InputStream zip) {
		Map<String, String> files = new LinkedHashMap<>();
		try (var in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				String name = Path.of(entry.getName()).getFileName().toString();
				if (!entry.isDirectory() && name.endsWith(".csv")) {
					files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
			return new Dataset(files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the zip archive", ex);
		}
	}

	/** Header and rows of one file; throws {@link IllegalArgumentException} when it is not valid CSV. */
	static Parsed parse(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		try (Reader reader = new StringReader(body);
				CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
					.setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
			List<String> header = parser.getHeaderNames();
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> cells = new LinkedHashMap<>();
				for (String column : header) {
					cells.put(column, record.isSet(column) ? record.get(column) : "");
				}
				rows.add(new Row((int) record.getRecordNumber() + 1, cells));
			}
			return new Parsed(header, rows);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new IllegalArgumentException("is not valid CSV: " + ex.getMessage());
		}
	}

	record Parsed(List<String> header, List<Row> rows) {
	}

}
