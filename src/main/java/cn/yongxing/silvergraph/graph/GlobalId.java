package cn.yongxing.silvergraph.graph;

import java.util.Set;

/**
 * A Relay global object id: {@code Label:key}, e.g. {@code Enterprise:tengchi}. Readable on
 * purpose, and the same notation the dataset files use for typed references.
 *
 * @param label the node label (a GraphQL type name)
 * @param key the natural key
 */
public record GlobalId(String label, String key) {

	/** Labels that can be addressed by a global id. */
	public static final Set<String> LABELS = Set.of("Enterprise", "Park", "Metal", "IndustryChain", "ChainStage",
			"Product", "Material", "Patent", "Standard", "Institution", "Project", "Designation", "Platform", "Source",
			"Cluster", "Region", "Indicator");

	/** Parses an id; throws {@link InvalidIdException} with a readable message when malformed. */
	public static GlobalId parse(String id) {
		int colon = id.indexOf(':');
		if (colon <= 0 || colon == id.length() - 1) {
			throw new InvalidIdException("'" + id + "' is not a node id; ids look like Enterprise:tengchi");
		}
		String label = id.substring(0, colon);
		if (!LABELS.contains(label)) {
			throw new InvalidIdException("'" + id + "' names an unknown type '" + label + "'");
		}
		return new GlobalId(label, id.substring(colon + 1));
	}

	/** The id of a node of a label with a key. */
	public static String of(String label, String key) {
		return label + ":" + key;
	}

	@Override
	public String toString() {
		return of(label, key);
	}

	/** Raised for a malformed id; reported to clients as BAD_USER_INPUT. */
	public static class InvalidIdException extends BadInputException {

		public InvalidIdException(String message) {
			super(message);
		}

	}

}
