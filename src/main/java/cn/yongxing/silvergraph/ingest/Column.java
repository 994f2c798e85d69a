package cn.yongxing.silvergraph.ingest;

/**
 * One column of a dataset file.
 *
 * @param name header name
 * @param type how cells are checked and converted
 * @param required whether an empty cell is an error
 * @param property whether the value is stored as a property (otherwise the file's Cypher uses it,
 * e.g. to find the node a reference points at)
 */
record Column(String name, ColumnType type, boolean required, boolean property) {

	static Column key(String name) {
		return new Column(name, new ColumnType.Text(), true, true);
	}

	static Column prop(String name, ColumnType type) {
		return new Column(name, type, false, true);
	}

	static Column requiredProp(String name, ColumnType type) {
		return new Column(name, type, true, true);
	}

	static Column ref(String name, ColumnType type, boolean required) {
		return new Column(name, type, required, false);
	}

}
