package cn.yongxing.silvergraph.chain;

import java.time.LocalDate;
import java.util.Map;

import cn.yongxing.silvergraph.graph.BadInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/targets.xlsx?metal=Ag&product=ag-paste&parkId=…&lang=ZH}: the target list of a gap
 * card ({@code product}) or of the whole chain (no {@code product}), in the cluster or one park, as a
 * workbook ({@link TargetList}). Open to every reader, like the chain-gap analysis it is made from.
 */
@RestController
class TargetListController {

	private static final MediaType XLSX = MediaType
		.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final TargetList targets;

	TargetListController(TargetList targets) {
		this.targets = targets;
	}

	@GetMapping("/export/targets.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String metal,
			@RequestParam(required = false) @Nullable String product,
			@RequestParam(required = false) @Nullable String parkId,
			@RequestParam(required = false) @Nullable Lang lang) {
		if (metal == null || metal.isBlank()) {
			throw new BadInputException("metal is required (a chain's metal symbol, e.g. Ag)");
		}
		String p = product == null || product.isBlank() ? null : product;
		var sheet = targets.sheet(metal, p, parkId == null || parkId.isBlank() ? null : parkId);
		if (p != null && sheet.gaps().isEmpty()) {
			throw new BadInputException("The " + metal + " chain has no gap at '" + p + "' in this scope");
		}
		LocalDate today = LocalDate.now();
		byte[] body = TargetList.xlsx(sheet, lang == null ? Lang.ZH : lang, today);
		String file = ("targets-" + metal + (p == null ? "" : "-" + p) + "-" + today + ".xlsx").replaceAll("[^A-Za-z0-9._-]", "_");
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
			.body(body);
	}

	@ExceptionHandler(BadInputException.class)
	ResponseEntity<Map<String, String>> badInput(BadInputException ex) {
		return ResponseEntity.badRequest().body(Map.of("code", "BAD_USER_INPUT", "message", ex.getMessage()));
	}

}
