package cn.yongxing.silvergraph.enterprise;

import java.util.List;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * An enterprise, inside the cluster (local) or outside it; {@code listing} holds its exchange listings
 * (e.g. {@code SSE 600459}), {@code identityUncertain} marks a firm whose identity the sources do not
 * settle (explained in {@code identityNote}).
 */
@Node("Enterprise")
public record Enterprise(@Id String key, @Nullable String creditCode, String name, @Nullable String nameEn, @Nullable String shortName, @Nullable Integer founded, @Nullable Integer employees, @Nullable Integer rdStaff, boolean local, @Nullable String ownership, @Nullable Double latestOutputT, List<String> listing, boolean identityUncertain, @Nullable String identityNote) implements GraphNode {

	/** An enterprise without listings and with a settled identity. */
	public Enterprise(String key, @Nullable String creditCode, String name, @Nullable String nameEn, @Nullable String shortName, @Nullable Integer founded, @Nullable Integer employees, @Nullable Integer rdStaff, boolean local, @Nullable String ownership, @Nullable Double latestOutputT) {
		this(key, creditCode, name, nameEn, shortName, founded, employees, rdStaff, local, ownership, latestOutputT, List.of(), false, null);
	}

	@Override
	public String label() {
		return "Enterprise";
	}

	/** Maps a {@code :Enterprise} node. */
	public static Enterprise from(Value n) {
		return new Enterprise(Props.reqStr(n, "key"), Props.str(n, "creditCode"), Props.reqStr(n, "name"), Props.str(n, "nameEn"), Props.str(n, "shortName"), Props.integer(n, "founded"), Props.integer(n, "employees"), Props.integer(n, "rdStaff"), n.get("local").asBoolean(false), Props.str(n, "ownership"), Props.dbl(n, "latestOutputT"), Props.strs(n, "listing"), Boolean.TRUE.equals(Props.bool(n, "identityUncertain")), Props.str(n, "identityNote"));
	}

}
