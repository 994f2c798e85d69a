package cn.yongxing.silvergraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of a dataset as readers that can be opened any number of times: the bulk importer
 * reads a large dataset twice (validate, then write) from disk instead of holding its text.
 */
interface DatasetFiles {

	/** File names in the dataset format ({@code enterprises.csv}), JSON files already renamed to CSV. */
	Set<String> names();

	/** A fresh reader of one file's CSV text. */
	Reader open(String name) throws IOException;

	/** The files of a dataset already in memory. */
	static DatasetFiles of(Dataset dataset) {
		return new DatasetFiles() {
			@Override
			public Set<String> names() {
				return dataset.files().keySet();
			}

			@Override
			public Reader open(String name) {
				Utf8Reader.NotUtf8 bad = dataset.undecodable().get(name);
				if (bad == null) {
					return new StringReader(dataset.files().get(name));
				}
				// the text before the first byte that is not UTF-8, then the error at its line
				return new StringReader(dataset.files().get(name)) {
					@Override
					public int read(char[] buffer, int offset, int length) throws IOException {
						int n = super.read(buffer, offset, length);
						if (n < 0) {
							throw new Utf8Reader.NotUtf8(bad.line(), bad.offset());
						}
						return n;
					}
				};
			}
		};
	}

	/**
	 * The {@code *.csv} and {@code *.json} files of a directory, read from disk each time; a JSON file
	 * (not meant for bulk sizes) is turned into CSV in memory.
	 */
	static DatasetFiles inDirectory(Path directory) {
		Map<String, Path> paths = new LinkedHashMap<>();
		try (Stream<Path> list = Files.list(directory)) {
			list.filter(Files::isRegularFile).sorted().forEach(p -> {
				String name = p.getFileName().toString();
				if (name.endsWith(".csv")) {
					paths.put(name, p);
				}
				else if (name.endsWith(".json")) {
					paths.put(name.substring(0, name.length() - ".json".length()) + ".csv", p);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read dataset directory " + directory, ex);
		}
		return new DatasetFiles() {
			@Override
			public Set<String> names() {
				return paths.keySet();
			}

			@Override
			public Reader open(String name) throws IOException {
				Path path = paths.get(name);
				if (path.getFileName().toString().endsWith(".json")) {
					Utf8Reader.Decoded json = Utf8Reader.decode(Files.readAllBytes(path));
					if (json.error() != null) {
						throw json.error();
					}
					return new StringReader(Dataset.jsonToCsv(path.getFileName().toString(), json.text()));
				}
				// strictly UTF-8: a file that is not is refused at the line of its first such byte
				return new BufferedReader(new Utf8Reader(Files.newInputStream(path)));
			}
		};
	}

}
