package cn.yongxing.silvergraph.graph;

/**
 * Something the request needs is not available in this deployment (e.g. a database plugin);
 * reported as a GraphQL error with code UNAVAILABLE and the message, which says what to install.
 */
public class UnavailableException extends RuntimeException {

	public UnavailableException(String message) {
		super(message);
	}

	public UnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
