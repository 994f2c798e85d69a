package cn.yongxing.silvergraph.ingest;

/**
 * Who asks for a write and what it is, as recorded in the audit trail.
 *
 * @param actor the caller (API key name, JWT subject, {@code system} for the seed)
 * @param action what kind of write ({@code import}, {@code upsert}, {@code unlink}, {@code deleteNode})
 * @param target what it is about (a file kind, a global id, a dataset name)
 */
public record Change(String actor, String action, String target) {

	static Change system(String action, String target) {
		return new Change("system", action, target);
	}

}
