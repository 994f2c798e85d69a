package cn.yongxing.silvergraph.giant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.enterprise.Enterprise;
import cn.yongxing.silvergraph.giant.EnterpriseFacts.DesignationFact;
import cn.yongxing.silvergraph.giant.EnterpriseFacts.Financials;
import cn.yongxing.silvergraph.giant.EnterpriseFacts.PlatformFact;
import cn.yongxing.silvergraph.giant.EnterpriseFacts.ShareFact;

/** Builds synthetic enterprise facts for the engine tests (no graph). */
final class FactsFixture {

	private Integer founded;

	private final Map<Integer, Financials> financials = new LinkedHashMap<>();

	private int invention;

	private int utility;

	private final List<PlatformFact> platforms = new ArrayList<>();

	private final List<DesignationFact> designations = new ArrayList<>();

	private final List<ShareFact> shares = new ArrayList<>();

	private ChainRoleSource.Role role = ChainRoleSource.Role.unknown();

	private String ownership;

	static FactsFixture empty() {
		return new FactsFixture();
	}

	/**
	 * A firm meeting every MIIT-2022 little-giant criterion: founded 2015; revenue 200 M yuan in 2023
	 * (main business 90 %, growth 10 % then 9.09 %), R&D 3.68 % and 4 %, debt 45 %, net margin 10 %,
	 * 300 staff of which 45 in R&D; 3 invention + 2 utility patents; a provincial tech centre;
	 * 12 % national share; fills a chain gap; digital, certification, brand and field designations.
	 */
	static FactsFixture qualified() {
		return empty().founded(2015)
			.year(2021, 170e6, 150e6, 6e6, 15e6, 0.5)
			.year(2022, 190e6, 165e6, 7e6, 18e6, 0.48)
			.year(2023, 200e6, 180e6, 8e6, 20e6, 0.45)
			.patents(3, 2)
			.platform("TECH_CENTRE", "PROVINCIAL")
			.designation("DIGITAL", null).designation("CERTIFICATION", null).designation("BRAND", null)
			.designation("PRODUCT_FIELD", null)
			.share(0.12, "NATIONAL")
			.role("FILLS_GAP");
	}

	FactsFixture founded(int year) {
		this.founded = year;
		return this;
	}

	FactsFixture year(int year, double revenue, double mainBusiness, double rd, double netProfit, double debt) {
		financials.put(year, new Financials(year, revenue, mainBusiness, rd, netProfit, debt, 0.0, 300, 45, null));
		return this;
	}

	FactsFixture financials(Financials f) {
		financials.put(f.year(), f);
		return this;
	}

	Financials year(int year) {
		return financials.get(year);
	}

	FactsFixture without(int year) {
		financials.remove(year);
		return this;
	}

	FactsFixture patents(int invention, int utility) {
		this.invention = invention;
		this.utility = utility;
		return this;
	}

	FactsFixture platform(String kind, String level) {
		platforms.add(new PlatformFact("synthetic " + kind, kind, level));
		return this;
	}

	FactsFixture designation(String kind, String level) {
		return designation(kind, level, 2023);
	}

	FactsFixture designation(String kind, String level, int year) {
		designations.add(new DesignationFact(kind, "synthetic " + kind, level, year));
		return this;
	}

	FactsFixture share(double value, String scope) {
		return share(value, scope, "OUTPUT");
	}

	FactsFixture share(double value, String scope, String basis) {
		shares.add(new ShareFact("Te", scope, basis, value, 2023, "EXACT", null));
		return this;
	}

	FactsFixture withoutShares() {
		shares.clear();
		return this;
	}

	FactsFixture ownership(String ownership) {
		this.ownership = ownership;
		return this;
	}

	FactsFixture role(String kind) {
		this.role = new ChainRoleSource.Role(kind, "synthetic", "合成数据");
		return this;
	}

	EnterpriseFacts build() {
		var e = new Enterprise("synthetic-firm", null, "合成企业", "Synthetic firm", null, founded, null, null, true, ownership,
				null);
		return new EnterpriseFacts(e, Map.copyOf(financials), invention + utility, invention, utility, List.copyOf(platforms),
				List.of(), List.copyOf(designations), List.copyOf(shares), List.of(), role);
	}

}
