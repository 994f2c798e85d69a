package cn.yongxing.silvergraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
				return new StringReader(dataset.files().get(name));
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
					return new StringReader(Dataset.jsonToCsv(path.getFileName().toString(),
							new String(Files.readAllBytes(path), StandardCharsets.UTF_8)));
				}
				// bytes that are not UTF-8 become U+FFFD, which the validator refuses cell by cell (CellText)
				return new BufferedReader(new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8));
			}
		};
	}

}
