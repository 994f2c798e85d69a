package cn.yongxing.silvergraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The format of one dataset file: its columns and the label it defines (for node files).
 *
 * @param file file name, e.g. {@code enterprises.csv}
 * @param label the node label defined by this file, or {@code null} for a relationship file
 * @param keyColumn the column holding the natural key (node files)
 * @param columns all columns, in their documented order
 * @param searchable whether nodes get the {@code :Searchable} label and a normalised search text
 */
record FileSpec(String file, @Nullable String label, @Nullable String keyColumn, List<Column> columns,
		boolean searchable) {

	String name() {
		return file.substring(0, file.lastIndexOf('.'));
	}


	boolean isNodeFile() {
		return label != null;
	}

	Optional<Column> column(String name) {
		return columns.stream().filter(c -> c.name().equals(name)).findFirst();
	}

	Map<String, Column> columnsByName() {
		Map<String, Column> map = new LinkedHashMap<>();
		columns.forEach(c -> map.put(c.name(), c));
		return map;
	}

	static Map<String, FileSpec> byFile(List<FileSpec> specs) {
		Map<String, FileSpec> map = new LinkedHashMap<>();
		specs.forEach(s -> map.put(s.file(), s));
		return map;
	}

}
