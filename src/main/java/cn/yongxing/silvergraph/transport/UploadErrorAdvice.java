package cn.yongxing.silvergraph.transport;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body the container cannot parse (a NUL in a file name, a broken boundary) is the
 * client's mistake: 400 with a JSON body, not a 500. Too large an upload stays 413.
 */
@RestControllerAdvice
class UploadErrorAdvice {

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Map<String, Object>> unreadableUpload(MultipartException ex) {
		if (ex instanceof MaxUploadSizeExceededException) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
				.body(ErrorBodies.body("LIMIT_EXCEEDED", "The upload is over the size limit"));
		}
		Throwable cause = ex.getMostSpecificCause();
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
			.body(ErrorBodies.body("BAD_USER_INPUT", "The multipart upload could not be read: "
					+ ErrorBodies.cut(String.valueOf(cause.getMessage()), 200)));
	}

}
