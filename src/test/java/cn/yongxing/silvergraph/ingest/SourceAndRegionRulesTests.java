package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The rules for where a fact comes from and where a firm is: a source's address must be a web page
 * (http or https), its publication date must not lie in the future, and an enterprise or institution
 * may only be placed in a region that exists. Each is a row-level problem naming file, line and column.
 */
class SourceAndRegionRulesTests {

	private final DatasetValidator validator = new DatasetValidator((label, keys) -> Set.of());

	private static final String HEADER = "key,title,publisher,date,url,kind,note\n";

	@Test
	void shouldAcceptAPageWithAnHttpsAddressAndAPastDate() {
		var result = validator.validate(sources("p1,Page,Publisher,2023-11-28,https://example.org/a/b.html?x=1,ARTICLE,\n"
				+ "p2,Page,Publisher,2008,http://example.org/,REPORT,\n"));
		assertThat(result.problems()).isEmpty();
	}

	@Test
	void shouldRejectAnAddressThatIsNotAWebPage() {
		var result = validator.validate(sources("p1,Page,,2023,ftp://example.org/a,ARTICLE,\n"
				+ "p2,Page,,2023,javascript:alert(1),ARTICLE,\n" + "p3,Page,,2023,example.org/no-scheme,ARTICLE,\n"
				+ "p4,Page,,2023,https://,ARTICLE,\n"));
		assertThat(result.problems()).extracting(ImportProblem::toString)
			.anySatisfy(p -> assertThat(p).contains("sources.csv:2 [url] 'ftp://example.org/a'", "http and https"))
			.anySatisfy(p -> assertThat(p).contains("sources.csv:3 [url]", "http and https"))
			.anySatisfy(p -> assertThat(p).contains("sources.csv:4 [url]", "http and https"))
			.anySatisfy(p -> assertThat(p).contains("sources.csv:5 [url]"));
		assertThat(result.problems()).allMatch(p -> p.code() == ImportProblem.Code.INVALID_VALUE);
	}

	@Test
	void shouldRejectAPublicationDateInTheFuture() {
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		int nextYear = LocalDate.now().getYear() + 1;
		var result = validator.validate(sources("p1,Page,,%s,https://example.org/,ARTICLE,\n".formatted(tomorrow)
				+ "p2,Page,,%d,https://example.org/,ARTICLE,\n".formatted(nextYear)
				+ "p3,Page,,%s,https://example.org/,ARTICLE,\n".formatted(LocalDate.now())));
		assertThat(result.problems()).extracting(ImportProblem::toString)
			.anySatisfy(p -> assertThat(p).contains("sources.csv:2 [date]", "future"))
			.anySatisfy(p -> assertThat(p).contains("sources.csv:3 [date]", "future"))
			.noneSatisfy(p -> assertThat(p).contains("sources.csv:4"));
	}

	@Test
	void shouldAcceptFutureDatesWhereTheyArePlans() {
		// a project's start may lie ahead; only publication dates are held to the past
		assertThat(new ColumnType.Date().convert(LocalDate.now().plusYears(1).toString())).isNotNull();
	}

	@Test
	void shouldRejectAnEnterpriseOrInstitutionInARegionThatDoesNotExist() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("sources.csv", HEADER + "s1,Doc,,2023,https://example.org/,ARTICLE,\n");
		files.put("regions.csv", "key,name,nameEn,level,parent,source,excerpt\nzj,浙江省,Zhejiang,PROVINCE,,s1,note\n");
		files.put("enterprises.csv", """
				key,name,local,region,source,excerpt
				a,甲公司,false,zj,s1,note
				b,乙公司,false,atlantis,s1,note
				""");
		files.put("institutions.csv", """
				key,name,kind,region,source,excerpt
				i,某研究院,INSTITUTE,nowhere,s1,note
				""");
		var result = validator.validate(new Dataset(files));
		assertThat(result.problems()).extracting(ImportProblem::toString)
			.anySatisfy(p -> assertThat(p).contains("enterprises.csv:3 [region] 'atlantis'", "Region"))
			.anySatisfy(p -> assertThat(p).contains("institutions.csv:2 [region] 'nowhere'", "Region"))
			.noneSatisfy(p -> assertThat(p).contains("enterprises.csv:2"));
		assertThat(result.problems()).allMatch(p -> p.code() == ImportProblem.Code.UNKNOWN_REFERENCE);
	}

	private static Dataset sources(String rows) {
		return new Dataset(Map.of("sources.csv", HEADER + rows));
	}

}
