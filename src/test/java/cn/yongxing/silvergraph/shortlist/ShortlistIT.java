package cn.yongxing.silvergraph.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.yongxing.silvergraph.support.WritableGraphTest;

/**
 * The promoters' shortlist and the target lists on the seed: EDITORs add and update targets (author and
 * time kept, every write in the audit trail), readers below EDITOR cannot write and below ANALYST cannot
 * read it; the target list of a gap card and the shortlist open as workbooks. Writes only entries of its
 * own (the seed's enterprises as targets, removed again).
 */
@WritableGraphTest
class ShortlistIT {

	private static final String SAVE = """
			mutation($input: ShortlistEntryInput!) { saveShortlistEntry(input: $input) {
			  entry { id status notes author createdAt updatedBy updatedAt enterprise { key } product { key } metal }
			  removed errors { field code message } } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient web;

	HttpGraphQlTester editor;

	HttpGraphQlTester analyst;

	HttpGraphQlTester admin;

	@BeforeEach
	void setUp() {
		graphQl = graphQl.mutate().responseTimeout(Duration.ofSeconds(120)).build();
		editor = graphQl.mutate().header("X-API-Key", WritableGraphTest.EDITOR_KEY).build();
		analyst = graphQl.mutate().header("X-API-Key", WritableGraphTest.ANALYST_KEY).build();
		admin = graphQl.mutate().header("X-API-Key", WritableGraphTest.ADMIN_KEY).build();
		web = web.mutate().responseTimeout(Duration.ofSeconds(120)).build();
	}

	@Test
	void shouldLetEditorsShortlistATargetWithStatusAndNotesKeepingAuthorAndTime() {
		var saved = editor.document(SAVE)
			.variable("input", java.util.Map.of("enterpriseId", "Enterprise:tengchi", "productKey", "ag-paste",
					"status", "TO_CONTACT", "notes", "先电话联系"))
			.execute();
		saved.path("saveShortlistEntry.errors").entityList(Object.class).hasSize(0);
		saved.path("saveShortlistEntry.entry.id").entity(String.class).isEqualTo("ShortlistEntry:tengchi/ag-paste");
		saved.path("saveShortlistEntry.entry.author").entity(String.class).satisfies(a -> assertThat(a).contains("editor"));
		saved.path("saveShortlistEntry.entry.metal").entity(String.class).isEqualTo("Ag");
		String created = saved.path("saveShortlistEntry.entry.createdAt").entity(String.class).get();

		// the same target again: status and notes change, author and creation time stay
		var updated = editor.document(SAVE)
			.variable("input", java.util.Map.of("enterpriseId", "Enterprise:tengchi", "productKey", "ag-paste",
					"status", "VISITING", "notes", "已约定走访"))
			.execute();
		updated.path("saveShortlistEntry.entry.status").entity(String.class).isEqualTo("VISITING");
		updated.path("saveShortlistEntry.entry.createdAt").entity(String.class).isEqualTo(created);

		analyst.document("{ shortlist { id status notes enterprise { name } } }").execute()
			.path("shortlist[?(@.id == 'ShortlistEntry:tengchi/ag-paste')].notes").entityList(String.class)
			.containsExactly("已约定走访");
		admin.document("{ auditTrail(action: \"shortlistUpdate\") { target details } }").execute()
			.path("auditTrail[0].target").entity(String.class).isEqualTo("ShortlistEntry:tengchi/ag-paste");

		var removed = editor.document("mutation { removeFromShortlist(input: {id: \"ShortlistEntry:tengchi/ag-paste\"}) { removed errors { code } } }")
			.execute();
		removed.path("removeFromShortlist.removed").entity(Boolean.class).isEqualTo(true);
		analyst.document("{ shortlist { id } }").execute().path("shortlist[*].id").entityList(String.class)
			.doesNotContain("ShortlistEntry:tengchi/ag-paste");
	}

	@Test
	void shouldRejectUnknownTargetsAndForbidWritesBelowEditorAndReadsBelowAnalyst() {
		editor.document(SAVE)
			.variable("input", java.util.Map.of("enterpriseId", "Enterprise:no-such-firm", "status", "TO_CONTACT"))
			.execute()
			.path("saveShortlistEntry.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
		editor.document(SAVE)
			.variable("input", java.util.Map.of("enterpriseId", "Enterprise:tengchi", "productKey", "no-such-product",
					"status", "TO_CONTACT"))
			.execute()
			.path("saveShortlistEntry.errors[0].field").entity(String.class).isEqualTo("productKey");
		editor.document(SAVE)
			.variable("input", java.util.Map.of("enterpriseId", "Enterprise:tengchi", "status", "TO_CONTACT",
					"notes", "x".repeat(Shortlist.MAX_NOTES + 1)))
			.execute()
			.path("saveShortlistEntry.errors[0].code").entity(String.class).isEqualTo("INVALID_VALUE");
		analyst.document(SAVE)
			.variable("input", java.util.Map.of("enterpriseId", "Enterprise:tengchi", "status", "TO_CONTACT"))
			.execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
		graphQl.document("{ shortlist { id } }").execute().errors()
			.satisfy(errors -> assertThat(errors).anySatisfy(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
		analyst.document("{ shortlist { id } }").execute().path("shortlist[*].id").entityList(String.class)
			.doesNotContain("ShortlistEntry:no-such-firm/*", "ShortlistEntry:tengchi/no-such-product", "ShortlistEntry:tengchi/*");
	}

	@Test
	void shouldExportTheTargetListOfAGapCardAsAWorkbookInEitherLanguage() throws Exception {
		for (String lang : List.of("ZH", "EN")) {
			byte[] file = web.get().uri("/export/targets.xlsx?metal=Ag&product=ag-paste&lang=" + lang).exchange()
				.expectStatus().isOk()
				.expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
				.expectBody().returnResult().getResponseBody();
			try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
				List<List<String>> rows = rows(book.getSheetAt(0));
				int header = indexOfRowStartingWith(rows, lang.equals("ZH") ? "排名" : "Rank");
				assertThat(header).as("header row").isPositive();
				assertThat(rows.get(header)).contains(lang.equals("ZH") ? "省份" : "Province", lang.equals("ZH") ? "出处" : "Sources");
				assertThat(rows.size()).as("targets under the header").isGreaterThan(header + 1);
				assertThat(rows.get(header + 1).get(0)).isEqualTo("1");
				assertThat(rows.get(header + 1).get(5)).isIn(lang.equals("ZH") ? List.of("招商引进", "延链扩能") : List.of("Attract", "Extend"));
				assertThat(rows(book.getSheetAt(1)).get(1).get(4)).as("gap reason").hasSizeGreaterThan(10);
			}
		}
		web.get().uri("/export/targets.xlsx?metal=Ag&product=no-such").exchange().expectStatus().isBadRequest();
		web.get().uri("/export/targets.xlsx").exchange().expectStatus().isBadRequest();
	}

	@Test
	void shouldExportTheShortlistToAnalystsOnly() throws Exception {
		editor.document(SAVE)
			.variable("input", java.util.Map.of("enterpriseId", "Enterprise:pengkun", "status", "CONTACTED", "notes", "导出测试"))
			.execute().path("saveShortlistEntry.errors").entityList(Object.class).hasSize(0);
		web.get().uri("/export/shortlist.xlsx").exchange().expectStatus().isForbidden();
		byte[] file = web.get().uri("/export/shortlist.xlsx").header("X-API-Key", WritableGraphTest.ANALYST_KEY).exchange()
			.expectStatus().isOk().expectBody().returnResult().getResponseBody();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			assertThat(rows(book.getSheetAt(0))).anySatisfy(r -> assertThat(r).contains("导出测试", "已联系"));
		}
		editor.document("mutation { removeFromShortlist(input: {id: \"ShortlistEntry:pengkun/*\"}) { removed } }").execute()
			.path("removeFromShortlist.removed").entity(Boolean.class).isEqualTo(true);
	}

	private static int indexOfRowStartingWith(List<List<String>> rows, String first) {
		for (int i = 0; i < rows.size(); i++) {
			if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(first)) {
				return i;
			}
		}
		return -1;
	}

	private static List<List<String>> rows(Sheet sheet) {
		var format = new org.apache.poi.ss.usermodel.DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i <= sheet.getLastRowNum(); i++) {
			Row row = sheet.getRow(i);
			List<String> cells = new ArrayList<>();
			if (row != null) {
				for (int j = 0; j < row.getLastCellNum(); j++) {
					cells.add(row.getCell(j) == null ? "" : format.formatCellValue(row.getCell(j)));
				}
			}
			rows.add(cells);
		}
		return rows;
	}

}
