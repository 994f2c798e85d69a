package cn.yongxing.silvergraph.shortlist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.SpreadsheetBook;
import cn.yongxing.silvergraph.security.Clearance;
import cn.yongxing.silvergraph.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/shortlist.xlsx?status=…&metal=…&lang=ZH}: the shortlist as a workbook, ANALYST or
 * higher (like the {@code shortlist} query; the notes are internal).
 */
@RestController
class ShortlistExportController {

	private static final MediaType XLSX = MediaType
		.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Shortlist shortlist;

	private final Clearance clearance;

	ShortlistExportController(Shortlist shortlist, Clearance clearance) {
		this.shortlist = shortlist;
		this.clearance = clearance;
	}

	@GetMapping("/export/shortlist.xlsx")
	ResponseEntity<?> export(@RequestParam(required = false) @Nullable List<ShortlistStatus> status,
			@RequestParam(required = false) @Nullable String metal, @RequestParam(required = false) @Nullable String lang) {
		if (!clearance.holds(Role.ANALYST)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.body(Map.of("code", "FORBIDDEN", "message", "the shortlist needs the ANALYST role"));
		}
		boolean en = "EN".equalsIgnoreCase(lang);
		LocalDate today = LocalDate.now();
		List<ShortlistEntry> entries = shortlist.entries(status, metal, null);
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (ShortlistEntry e : entries) {
			var firm = e.enterprise();
			var product = e.product();
			rows.add(Arrays.asList(en && firm.nameEn() != null ? firm.nameEn() : firm.name(),
					product == null ? null : !en && product.nameZh() != null ? product.nameZh() : product.name(),
					e.status().words(en), e.province() == null ? null : en && e.province().nameEn() != null ? e.province().nameEn() : e.province().name(),
					e.city() == null ? null : en && e.city().nameEn() != null ? e.city().nameEn() : e.city().name(),
					e.notes(), e.author(), e.createdAt(), e.updatedBy(), e.updatedAt()));
		}
		List<String> headers = en
				? List.of("Enterprise", "Product", "Status", "Province", "City", "Notes", "Added by", "Added", "Changed by", "Changed")
				: List.of("企业", "产品", "状态", "省份", "城市", "备注", "添加人", "添加时间", "修改人", "修改时间");
		List<String> cover = List.of(en ? "Shortlist of targets" : "招商目标跟进清单",
				(en ? "Made " : "生成日期 ") + today + (en ? " · entries: " : " · 条目：") + entries.size());
		byte[] body = new SpreadsheetBook()
			.sheet(en ? "Shortlist" : "跟进清单", cover, headers, rows, 34, 16, 10, 12, 12, 60, 18, 22, 18, 22)
			.bytes();
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"shortlist-" + today + ".xlsx\"")
			.body(body);
	}

}
