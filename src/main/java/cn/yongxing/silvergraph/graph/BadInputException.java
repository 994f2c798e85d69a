package cn.yongxing.silvergraph.graph;

/** A client mistake (bad id, cursor, argument); reported as a GraphQL error with code BAD_USER_INPUT. */
public class BadInputException extends IllegalArgumentException {

	public BadInputException(String message) {
		super(message);
	}

}
