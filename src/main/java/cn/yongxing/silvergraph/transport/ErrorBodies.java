package cn.yongxing.silvergraph.transport;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** HTTP errors as the same JSON the GraphQL endpoint answers with: {@code {"errors":[{message, extensions.code}]}}. */
final class ErrorBodies {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ErrorBodies() {
	}

	static Map<String, Object> body(String code, String message) {
		return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code))));
	}

	static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(body(code, message)));
	}

	/** The error code of an HTTP status. */
	static String code(int status) {
		return switch (status) {
			case 400, 422 -> "BAD_USER_INPUT";
			case 401 -> "UNAUTHENTICATED";
			case 403 -> "FORBIDDEN";
			case 404 -> "NOT_FOUND";
			case 405 -> "METHOD_NOT_ALLOWED";
			case 406 -> "NOT_ACCEPTABLE";
			case 413, 429 -> "LIMIT_EXCEEDED";
			case 415 -> "UNSUPPORTED_MEDIA_TYPE";
			case 503 -> "UNAVAILABLE";
			default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
		};
	}

	/** Client input quoted in a message, cut to {@code max} characters (never echoed unbounded). */
	static String cut(String value, int max) {
		String printable = value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
		return printable.length() <= max ? printable
				: printable.substring(0, max) + "… (" + value.length() + " characters)";
	}

}
