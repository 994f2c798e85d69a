package cn.yongxing.silvergraph.giant;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.enterprise.Enterprise;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/**
 * What the graph knows about one enterprise that the rules need, gathered for many enterprises at
 * once. Absent data stays absent (null or empty): the engine turns it into UNKNOWN, never FAIL.
 *
 * @param enterprise the enterprise
 * @param financials reported figures by year (sensitive)
 * @param patentsRecorded number of patents the graph records for it (0 = its IP is not recorded)
 * @param classOneIp invention patents held (Class I IP)
 * @param classTwoIp utility models and designs held (Class II IP)
 * @param platforms innovation platforms it operates
 * @param collaborations its research partnerships
 * @param designations designations it holds
 * @param shares market shares it holds
 * @param clusterShares shares the whole cluster holds in the metals it produces (context when its own is missing)
 * @param chainRole its role in the industry chain
 * @param financialsWithheld whether the caller may not see financial figures: then {@code financials}
 *        is empty and every financial metric is withheld (see {@link Metric#at})
 */
public record EnterpriseFacts(Enterprise enterprise, Map<Integer, Financials> financials, int patentsRecorded,
		int classOneIp, int classTwoIp, List<PlatformFact> platforms, List<CollaborationFact> collaborations,
		List<DesignationFact> designations, List<ShareFact> shares, List<ShareFact> clusterShares,
		ChainRoleSource.Role chainRole, boolean financialsWithheld) {

	/** Facts with every financial figure visible. */
	public EnterpriseFacts(Enterprise enterprise, Map<Integer, Financials> financials, int patentsRecorded,
			int classOneIp, int classTwoIp, List<PlatformFact> platforms, List<CollaborationFact> collaborations,
			List<DesignationFact> designations, List<ShareFact> shares, List<ShareFact> clusterShares,
			ChainRoleSource.Role chainRole) {
		this(enterprise, financials, patentsRecorded, classOneIp, classTwoIp, platforms, collaborations, designations,
				shares, clusterShares, chainRole, false);
	}

	/** The same facts for a caller who may not see financial figures: they are dropped and marked withheld. */
	EnterpriseFacts withoutFinancials() {
		return new EnterpriseFacts(enterprise, Map.of(), patentsRecorded, classOneIp, classTwoIp, platforms,
				collaborations, designations, shares, clusterShares, chainRole, true);
	}

	/** The figures of one reported year ({@code (:Enterprise)-[:REPORTED]->(:Financials)}); all sensitive. */
	public record Financials(int year, @Nullable Double revenue, @Nullable Double mainBusinessRevenue,
			@Nullable Double rdExpense, @Nullable Double netProfit, @Nullable Double debtRatio,
			@Nullable Double equityRaised, @Nullable Integer employees, @Nullable Integer rdStaff,
			@Nullable Source source) {

		/** The report this year's figures come from, as a list (the API's {@code sources}). */
		public List<Source> sources() {
			return source == null ? List.of() : List.of(source);
		}

	}

	/** An innovation platform it runs. */
	record PlatformFact(String name, String kind, String level) {
	}

	/** A research partnership: its kind and the partner. */
	record CollaborationFact(String kind, String institution, String institutionKind) {
	}

	/** A designation it holds. */
	record DesignationFact(String kind, String name, @Nullable String level, @Nullable Integer year) {
	}

	/** A share of a metal's output or capacity, with where it comes from. */
	record ShareFact(String metal, String scope, String basis, double value, int year, @Nullable String qualifier,
			@Nullable Source source) {
	}

}
