package cn.yongxing.silvergraph.shortlist;

import cn.yongxing.silvergraph.catalog.Product;
import cn.yongxing.silvergraph.cluster.Region;
import cn.yongxing.silvergraph.enterprise.Enterprise;
import cn.yongxing.silvergraph.graph.GlobalId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * One shortlisted target.
 *
 * @param key natural key: the enterprise's key and the product's ({@code *} for none)
 * @param enterprise the target
 * @param product the product it is a target for, if any
 * @param metal symbol of the product's metal, if any
 * @param status where the follow-up stands
 * @param notes free notes
 * @param author who added it
 * @param createdAt when it was added (ISO 8601)
 * @param updatedBy who changed it last
 * @param updatedAt when it was changed last (ISO 8601)
 * @param city the enterprise's city, if on record
 * @param province the enterprise's province, if on record
 */
public record ShortlistEntry(String key, Enterprise enterprise, @Nullable Product product, @Nullable String metal,
		ShortlistStatus status, @Nullable String notes, String author, String createdAt, String updatedBy,
		String updatedAt, @Nullable Region city, @Nullable Region province) {

	/** Global id. */
	public String id() {
		return GlobalId.of("ShortlistEntry", key);
	}

	static String key(String enterpriseKey, @Nullable String productKey) {
		return enterpriseKey + "/" + (productKey == null ? "*" : productKey);
	}

	static ShortlistEntry from(Record r) {
		Value s = r.get("s");
		return new ShortlistEntry(s.get("key").asString(), Enterprise.from(r.get("e")),
				r.get("p").isNull() ? null : Product.from(r.get("p")), r.get("metal").asString(null),
				ShortlistStatus.valueOf(s.get("status").asString()), s.get("notes").asString(null),
				s.get("author").asString(), time(s.get("createdAt")), s.get("updatedBy").asString(),
				time(s.get("updatedAt")), r.get("city").isNull() ? null : Region.from(r.get("city")),
				r.get("province").isNull() ? null : Region.from(r.get("province")));
	}

	private static String time(Value v) {
		return v.asZonedDateTime().toOffsetDateTime().withNano(0).toString();
	}

}
