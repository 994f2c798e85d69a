package cn.yongxing.silvergraph.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** One CSV file of the seed format: its header and rows (as column name → value). */
record Table(List<String> header, List<Map<String, String>> rows) {

	private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

	/** Reads a file of the seed bundled on the class path ({@code seed/NAME}). */
	static Table seed(String file) {
		try (InputStream in = new ClassPathResource("seed/" + file).getInputStream();
				var parser = READ.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord r : parser) {
				rows.add(new LinkedHashMap<>(r.toMap()));
			}
			return new Table(List.copyOf(parser.getHeaderNames()), rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read seed file " + file + " from the class path", ex);
		}
	}

	/** Opens a writer for a file with this table's header, starting with this table's rows. */
	Out openCopy(Path directory, String file) {
		Out out = Out.open(directory, file, header.toArray(String[]::new));
		rows.forEach(out::row);
		return out;
	}

	/** A CSV file being written row by row. */
	static final class Out implements AutoCloseable {

		private final String[] header;

		private final CSVPrinter printer;

		private long count;

		private Out(String[] header, CSVPrinter printer) {
			this.header = header;
			this.printer = printer;
		}

		static Out open(Path directory, String file, String... header) {
			try {
				Writer writer = Files.newBufferedWriter(directory.resolve(file), StandardCharsets.UTF_8);
				return new Out(header, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get()
					.print(writer));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** Writes a row given in header order; {@code null} is an empty cell. */
		void values(Object... values) {
			if (values.length != header.length) {
				throw new IllegalArgumentException(values.length + " values for " + header.length + " columns");
			}
			try {
				Object[] cells = new Object[values.length];
				for (int i = 0; i < values.length; i++) {
					cells[i] = values[i] == null ? "" : values[i];
				}
				printer.printRecord(cells);
				count++;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		void row(Map<String, String> row) {
			Object[] cells = new Object[header.length];
			for (int i = 0; i < header.length; i++) {
				cells[i] = row.get(header[i]);
			}
			values(cells);
		}

		long count() {
			return count;
		}

		@Override
		public void close() {
			try {
				printer.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
