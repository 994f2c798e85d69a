package cn.yongxing.silvergraph.transport;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every error the container or Spring answers (404s, 405s, 413s, refused uploads …) as JSON with an
 * {@code extensions.code}, for browsers too: no HTML error page. A request that asks for the error
 * path itself is a 404, not the 500 of an error without a status. The message is the reason of a
 * {@link ResponseStatusException} or of the error sent (written for clients, cut to 300 characters) or
 * the status phrase; never a stack trace.
 */
@RestController
class JsonErrorController implements ErrorController {

	@RequestMapping(path = "${server.error.path:${error.path:/error}}", produces = MediaType.ALL_VALUE)
	ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer i ? i : HttpStatus.NOT_FOUND.value();
		String message = message(request, status);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(ErrorBodies.body(ErrorBodies.code(status), message));
	}

	private static String message(HttpServletRequest request, int status) {
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (exception instanceof ResponseStatusException rse && rse.getReason() != null) {
			return ErrorBodies.cut(rse.getReason(), 300);
		}
		if (request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String reason && !reason.isBlank()
				&& status < 500) {
			return ErrorBodies.cut(reason, 300);
		}
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			return "Nothing here";
		}
		HttpStatus known = HttpStatus.resolve(status);
		String phrase = known == null ? "Error " + status : known.getReasonPhrase();
		return status == 413 ? phrase + ": the request body is over the size limit" : phrase;
	}

}
