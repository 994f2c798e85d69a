package cn.yongxing.silvergraph.giant;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.security.Clearance;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/little-giants.{csv,xlsx}?ruleSet=…&asOf=…&status=…&lang=ZH}: the ranked candidate
 * list as {@code littleGiantCandidates} gives it (same arguments, and like it computed without the
 * financial figures for a caller below ANALYST), as a file for officials.
 */
@RestController
class GiantExportController {

	/** Most rows a file holds; more is said in the X-Export-Truncated header. */
	static final int MAX_ROWS = 5000;

	private static final MediaType XLSX = MediaType
		.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final GiantService service;

	private final Clearance clearance;

	GiantExportController(GiantService service, Clearance clearance) {
		this.service = service;
		this.clearance = clearance;
	}

	@GetMapping("/export/little-giants.{format}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) @Nullable String ruleSet,
			@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable List<Assessment.Status> status,
			@RequestParam(required = false) @Nullable Lang lang) {
		if (!format.equals("csv") && !format.equals("xlsx")) {
			throw new BadInputException("Unknown export format '" + format + "'; use csv or xlsx");
		}
		Lang l = lang == null ? Lang.ZH : lang;
		LocalDate date = service.date(asOf);
		var list = service.allCandidates(ruleSet, date, status, MAX_ROWS + 1, l, clearance.seesFinancials());
		boolean truncated = list.size() > MAX_ROWS;
		var rows = truncated ? list.subList(0, MAX_ROWS) : list;
		byte[] body;
		MediaType type;
		if (format.equals("csv")) {
			body = CandidateSheet.csv(rows, l);
			type = new MediaType(MediaType.valueOf("text/csv"), StandardCharsets.UTF_8);
		}
		else {
			var out = new ByteArrayOutputStream();
			CandidateSheet.xlsx(rows, l, out);
			body = out.toByteArray();
			type = XLSX;
		}
		String file = "little-giant-candidates-" + date + "." + format;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
			.header("X-Export-Truncated", Boolean.toString(truncated))
			.body(body);
	}

	@ExceptionHandler(BadInputException.class)
	ResponseEntity<Map<String, String>> badInput(BadInputException ex) {
		return ResponseEntity.badRequest().body(Map.of("code", "BAD_USER_INPUT", "message", ex.getMessage()));
	}

}
