package cn.yongxing.silvergraph.giant;

import static cn.yongxing.silvergraph.giant.TierEngineTests.LG;
import static cn.yongxing.silvergraph.giant.TierEngineTests.RULES;
import static cn.yongxing.silvergraph.giant.TierEngineTests.assess;
import static cn.yongxing.silvergraph.giant.TierEngineTests.criterion;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.yongxing.silvergraph.giant.CriterionResult.Status;
import cn.yongxing.silvergraph.giant.EnterpriseFacts.Financials;
import org.junit.jupiter.api.Test;

/**
 * The SME scope of the SME tiers, the honesty of the chain-role and market-share criteria (what the
 * graph cannot decide is UNKNOWN), and Chinese texts free of the engine's English words.
 */
class ScopeAndHonestyTests {

	/** The qualified fixture with its 2023 headcount and revenue replaced. */
	private static FactsFixture sized(Integer employees, double revenue) {
		var f = FactsFixture.qualified();
		var y = f.year(2023);
		return f.financials(new Financials(2023, revenue, revenue * 0.9, revenue * 0.04, y.netProfit(), y.debtRatio(), 0.0,
				employees, 45, null));
	}

	@Test
	void excludesAFirmWithAThousandEmployeesAndFourHundredMillionYuanOfRevenue() {
		var a = assess(LG, sized(1000, 400e6));
		assertThat(criterion(a, TierEngine.SCOPE).status()).isEqualTo(Status.FAIL);
		assertThat(a.status()).isEqualTo(Assessment.Status.NOT_APPLICABLE);
		assertThat(criterion(a, TierEngine.SCOPE).distance()).startsWith("not an SME: 1000 employees; revenue 400 M yuan");
	}

	@Test
	void keepsAFirmBelowEitherLimitInScope() {
		assertThat(criterion(assess(LG, sized(999, 5e9)), TierEngine.SCOPE).status()).isEqualTo(Status.PASS);
		assertThat(criterion(assess(LG, sized(5000, 399.99e6)), TierEngine.SCOPE).status()).isEqualTo(Status.PASS);
		assertThat(assess(LG, sized(999, 5e9)).status()).isNotEqualTo(Assessment.Status.NOT_APPLICABLE);
	}

	@Test
	void leavesTheScopeUnknownWithoutAHeadcountAndSaysAListingDoesNotDecideIt() {
		var a = assess(LG, sized(null, 5e9).ownership("LISTED"));
		var scope = criterion(a, TierEngine.SCOPE);
		assertThat(scope.status()).isEqualTo(Status.UNKNOWN);
		assertThat(scope.distance()).contains("its number of employees (2023)", "not the listing");
		// scope unknown: never QUALIFIED, never excluded
		assertThat(a.status()).isEqualTo(Assessment.Status.NEAR);
		assertThat(a.missingData()).anyMatch(m -> m.startsWith("its number of employees (2023) — for whether it is an SME"));
		assertThat(assess(LG, FactsFixture.empty()).status()).isEqualTo(Assessment.Status.NEAR);
	}

	@Test
	void leavesTheChainRoleUnknownWhenNoChainProductIsRecorded() {
		var a = assess(LG, FactsFixture.qualified().role("NONE"));
		var role = criterion(a, "LG-CHAIN-ROLE");
		assertThat(role.status()).isEqualTo(Status.UNKNOWN);
		assertThat(role.distance()).contains("its main products and the chain links they serve", "this is not a no");
		assertThat(a.criteria()).noneSatisfy(c -> assertThat(c.status()).isEqualTo(Status.FAIL));
		assertThat(criterion(assess(LG, FactsFixture.qualified().role("STRONG_LINK")), "LG-CHAIN-ROLE").status())
			.isEqualTo(Status.PASS);
	}

	@Test
	void doesNotTakeACapacityShareForAMarketShare() {
		var capacityOnly = FactsFixture.qualified().withoutShares().share(0.30, "GLOBAL", "CAPACITY");
		var share = criterion(assess(LG, capacityOnly), "LG-MARKET-SHARE");
		assertThat(share.status()).isEqualTo(Status.UNKNOWN);
		assertThat(share.distance()).contains("Te 30% of global capacity, 2023", "is not a market share");
		// an output share next to it is the one read
		var both = FactsFixture.qualified().withoutShares().share(0.30, "GLOBAL", "CAPACITY").share(0.12, "NATIONAL");
		var read = criterion(assess(LG, both), "LG-MARKET-SHARE");
		assertThat(read.status()).isEqualTo(Status.PASS);
		assertThat(read.actual()).isEqualTo("≥ 12%");
	}

	/** Latin words of three letters or more: the engine's English vocabulary (ISO and metal symbols are shorter or data). */
	private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}");

	private static List<String> texts(Assessment a, boolean withActual) {
		List<String> out = new ArrayList<>(a.missingData());
		collect(a.criteria(), withActual, out);
		return out;
	}

	private static void collect(List<CriterionResult> results, boolean withActual, List<String> out) {
		for (CriterionResult r : results) {
			out.add(r.threshold());
			out.add(r.distance());
			if (withActual) {
				out.add(r.actual());
			}
			collect(r.details(), withActual, out);
		}
	}

	@Test
	void writesEveryTextInChineseWhenChineseIsAsked() {
		for (RuleSet set : RULES.all(java.time.LocalDate.of(2026, 12, 3))) {
			var empty = TierEngine.assess(set, FactsFixture.empty().role("NONE").build(), 2023, RULES.smeStandard(), Lang.ZH);
			assertThat(texts(empty, true)).as(set.code()).filteredOn(t -> t != null)
				.allSatisfy(t -> assertThat(ENGLISH.matcher(t.replace("ISO", "")).find()).as(t).isFalse());
			var failing = TierEngine.assess(set, TierEngineTests.with2023(49e6, 20e6, 0.5e6, 0.9).patents(1, 0).build(), 2023,
					RULES.smeStandard(), Lang.ZH);
			assertThat(texts(failing, false)).as(set.code()).filteredOn(t -> t != null)
				.allSatisfy(t -> assertThat(ENGLISH.matcher(t.replace("ISO", "")).find()).as(t).isFalse());
		}
		var zh = TierEngine.assess(LG, FactsFixture.empty().build(), 2023, RULES.smeStandard(), Lang.ZH);
		assertThat(criterion(zh, "LG-DEBT-RATIO").distance()).isEqualTo("资产负债率未知——需收集2023年资产负债表");
		assertThat(zh.missingData()).contains("2023年资产负债表（用于：资产负债率）");
	}

}
