package cn.yongxing.silvergraph.giant;

import static cn.yongxing.silvergraph.giant.TierEngineTests.RULES;
import static cn.yongxing.silvergraph.giant.TierEngineTests.assess;
import static cn.yongxing.silvergraph.giant.TierEngineTests.criterion;
import static cn.yongxing.silvergraph.giant.TierEngineTests.with2023;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import cn.yongxing.silvergraph.giant.CriterionResult.Status;
import cn.yongxing.silvergraph.graph.BadInputException;
import org.junit.jupiter.api.Test;

/** Which rules apply on a date, which a certified firm is renewed under, and the 2026 thresholds at their boundaries. */
class RulesInForceTests {

	static final RuleSet LG26 = RULES.get("MIIT-2026-LITTLE-GIANT");

	@Test
	void appliesTheTwentyTwentyTwoRulesUntilTheLastDayOfMarchTwentyTwentySix() {
		assertThat(RULES.inForce("LITTLE_GIANT", LocalDate.of(2026, 3, 31)).code()).isEqualTo("MIIT-2022-LITTLE-GIANT");
		assertThat(RULES.inForce("LITTLE_GIANT", LocalDate.of(2022, 8, 1)).code()).isEqualTo("MIIT-2022-LITTLE-GIANT");
		assertThat(RULES.get(null, LocalDate.of(2025, 12, 31)).code()).isEqualTo("MIIT-2022-LITTLE-GIANT");
	}

	@Test
	void appliesTheTwentyTwentySixRulesFromTheFirstOfApril() {
		assertThat(RULES.inForce("LITTLE_GIANT", LocalDate.of(2026, 4, 1)).code()).isEqualTo("MIIT-2026-LITTLE-GIANT");
		assertThat(RULES.get(null, LocalDate.of(2026, 12, 3)).code()).isEqualTo("MIIT-2026-LITTLE-GIANT");
		assertThat(RULES.isDefault(LG26, LocalDate.of(2026, 12, 3))).isTrue();
		assertThat(RULES.isDefault(RULES.get("MIIT-2022-LITTLE-GIANT"), LocalDate.of(2026, 12, 3))).isFalse();
		assertThat(LG26.document()).contains("工信部企业〔2026〕2号");
	}

	@Test
	void saysWhichRulesExistWhenNoneIsInForceOnTheDate() {
		assertThatThrownBy(() -> RULES.inForce("LITTLE_GIANT", LocalDate.of(2021, 1, 1)))
			.isInstanceOf(BadInputException.class)
			.hasMessageContaining("No LITTLE_GIANT rule set is in force on 2021-01-01")
			.hasMessageContaining("MIIT-2022-LITTLE-GIANT (2022-08-01 – 2026-03-31)");
		// the specialised and innovative tiers have no 2026 set on record: none is in force now
		assertThatThrownBy(() -> RULES.inForce("SPECIALISED_SME", LocalDate.of(2026, 12, 3)))
			.isInstanceOf(BadInputException.class);
	}

	@Test
	void renewsAFirmCertifiedUnderTheOldRulesUnderThemWhileItsCertificateIsValid() {
		var date = LocalDate.of(2026, 6, 1);
		var certified2024 = FactsFixture.qualified().designation("LITTLE_GIANT", "NATIONAL", 2024).build();
		assertThat(RULES.forFirm(certified2024, "LITTLE_GIANT", date).code()).isEqualTo("MIIT-2022-LITTLE-GIANT");
		// a 2023 certificate ran out at the end of 2025: the rules in force apply
		var certified2023 = FactsFixture.qualified().designation("LITTLE_GIANT", "NATIONAL", 2023).build();
		assertThat(RULES.forFirm(certified2023, "LITTLE_GIANT", date).code()).isEqualTo("MIIT-2026-LITTLE-GIANT");
		var certified2026 = FactsFixture.qualified().designation("LITTLE_GIANT", "NATIONAL", 2026).build();
		assertThat(RULES.forFirm(certified2026, "LITTLE_GIANT", date).code()).isEqualTo("MIIT-2026-LITTLE-GIANT");
		// a provincial little giant is not the national designation the MIIT rules award
		var provincial = FactsFixture.qualified().designation("LITTLE_GIANT", "PROVINCIAL", 2025).build();
		assertThat(RULES.forFirm(provincial, "LITTLE_GIANT", date).code()).isEqualTo("MIIT-2026-LITTLE-GIANT");
		assertThat(RULES.forFirm(FactsFixture.qualified().build(), "LITTLE_GIANT", date).code())
			.isEqualTo("MIIT-2026-LITTLE-GIANT");
	}

	private static Status status26(FactsFixture f, String code) {
		return criterion(assess(LG26, f), code).status();
	}

	@Test
	void asksFiftyMillionYuanOfRevenue() {
		assertThat(status26(with2023(50e6, 45e6, 1.5e6, 0.45), "LG26-REVENUE")).isEqualTo(Status.PASS);
		var fail = criterion(assess(LG26, with2023(49.99e6, 45e6, 1.5e6, 0.45)), "LG26-REVENUE");
		assertThat(fail.status()).isEqualTo(Status.FAIL);
		assertThat(fail.distance()).isEqualTo("revenue 49.99 M yuan < 50 M yuan");
	}

	@Test
	void asksNinetyPercentMainBusiness() {
		assertThat(status26(with2023(200e6, 180e6, 8e6, 0.45), "LG26-MAIN-BUSINESS-SHARE")).isEqualTo(Status.PASS);
		assertThat(status26(with2023(200e6, 179.8e6, 8e6, 0.45), "LG26-MAIN-BUSINESS-SHARE")).isEqualTo(Status.FAIL);
	}

	@Test
	void asksFivePercentCompoundGrowthOverTwoYears() {
		// 2021 main business 150 M yuan: 5 % a year for two years is 165.375 M yuan in 2023
		assertThat(status26(with2023(200e6, 165.4e6, 8e6, 0.45), "LG26-GROWTH")).isEqualTo(Status.PASS);
		var fail = criterion(assess(LG26, with2023(200e6, 165.3e6, 8e6, 0.45)), "LG26-GROWTH");
		assertThat(fail.status()).isEqualTo(Status.FAIL);
		assertThat(fail.distance()).startsWith("2-year compound main-business growth 4.9");
	}

	@Test
	void allowsADebtRatioOfSeventyFivePercent() {
		assertThat(status26(with2023(200e6, 180e6, 8e6, 0.75), "LG26-DEBT-RATIO")).isEqualTo(Status.PASS);
		assertThat(status26(with2023(200e6, 180e6, 8e6, 0.7501), "LG26-DEBT-RATIO")).isEqualTo(Status.FAIL);
	}

	@Test
	void asksTwelveMillionYuanOfResearchInTwoYears() {
		// 2022: 7 M yuan; 2023 5 M makes 12 M
		assertThat(status26(with2023(200e6, 180e6, 5e6, 0.45), "LG26-RD-TOTAL")).isEqualTo(Status.PASS);
		assertThat(status26(with2023(200e6, 180e6, 4.99e6, 0.45), "LG26-RD-TOTAL")).isEqualTo(Status.FAIL);
	}

	@Test
	void asksThreePercentResearchInEachOfTheLastTwoYears() {
		assertThat(status26(with2023(200e6, 180e6, 6e6, 0.45), "LG26-RD-RATIO")).isEqualTo(Status.PASS);
		var fail = criterion(assess(LG26, with2023(200e6, 180e6, 5.9e6, 0.45)), "LG26-RD-RATIO");
		assertThat(fail.status()).isEqualTo(Status.FAIL);
		assertThat(fail.distance()).isEqualTo("R&D ratio 2.95% < 3% in 2023");
	}

	@Test
	void asksFourClassOneItemsUnlessANationalAwardWaivesThem() {
		assertThat(status26(FactsFixture.qualified().patents(4, 0), "LG26-CLASS-ONE-IP-COUNT")).isEqualTo(Status.PASS);
		assertThat(status26(FactsFixture.qualified().patents(3, 0), "LG26-CLASS-ONE-IP-COUNT")).isEqualTo(Status.FAIL);
		// three items and no award on record: the award may exist, so the criterion is open, not failed
		assertThat(status26(FactsFixture.qualified().patents(3, 0), "LG26-CLASS-ONE-IP")).isEqualTo(Status.UNKNOWN);
		assertThat(status26(FactsFixture.qualified().patents(3, 0).designation("SCIENCE_AWARD", "NATIONAL"), "LG26-CLASS-ONE-IP"))
			.isEqualTo(Status.PASS);
	}

	@Test
	void asksATenPercentNicheShare() {
		assertThat(status26(FactsFixture.qualified().withoutShares().share(0.10, "NATIONAL"), "LG26-MARKET-SHARE"))
			.isEqualTo(Status.PASS);
		assertThat(status26(FactsFixture.qualified().withoutShares().share(0.0999, "NATIONAL"), "LG26-MARKET-SHARE"))
			.isEqualTo(Status.FAIL);
	}

	@Test
	void leavesAFirmMeetingEveryKnownTwentyTwentySixThresholdNearWhileTheScoreIsUnknown() {
		var a = assess(LG26, FactsFixture.qualified().patents(4, 2));
		assertThat(a.criteria()).filteredOn(c -> c.status() != Status.PASS).extracting(CriterionResult::code)
			.containsExactly("LG26-DEVELOPMENT-SCORE");
		assertThat(a.status()).isEqualTo(Assessment.Status.NEAR);
	}

	@Test
	void citesTheArticleOfEachCriterion() {
		assertThat(LG26.criteria()).allSatisfy(c -> assertThat(c.article()).as(c.code()).contains("附件2", "未对照原文"));
		assertThat(RULES.get("MIIT-2022-LITTLE-GIANT").criteria()).allSatisfy(c -> assertThat(c.article()).startsWith("附件3"));
	}

}
