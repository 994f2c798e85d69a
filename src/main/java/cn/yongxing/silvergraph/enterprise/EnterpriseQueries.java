package cn.yongxing.silvergraph.enterprise;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.yongxing.silvergraph.catalog.Patent;
import cn.yongxing.silvergraph.graph.Citations;
import cn.yongxing.silvergraph.graph.Connection;
import cn.yongxing.silvergraph.graph.Cursor;
import cn.yongxing.silvergraph.graph.Filters;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.ListQuery;
import cn.yongxing.silvergraph.graph.Joins;
import cn.yongxing.silvergraph.graph.NodeMapper;
import cn.yongxing.silvergraph.graph.Props;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Reads of enterprises and their relations, each one query for many parents. Public because other
 * features (chain, network) reuse the enterprise lookups.
 */
@Service
public class EnterpriseQueries {

	static final String PATENT_PAGES = "patentPages";

	/**
	 * The page size of an enterprise's patents when {@code first} is null: the schema's default of the
	 * argument, which GraphQL applies only when it is left out, not when it is given as null.
	 */
	static final int PATENTS_PER_PAGE = 10;

	private final GraphReader reader;

	private final NodeMapper nodes;

	private final Filters filters;

	EnterpriseQueries(GraphReader reader, NodeMapper nodes, Filters filters, BatchLoaderRegistry registry) {
		this.reader = reader;
		this.filters = filters;
		this.nodes = nodes;
		registry.<PatentPageKey, Connection<Patent>>forName(PATENT_PAGES)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> patentPages(keys)));
	}

	/** One enterprise by key, or null. */
	public @Nullable Enterprise byKey(String key) {
		return byKey(key, Joins.Plan.NONE);
	}

	/** One enterprise by key with the joined fields of {@code plan}, or null. */
	@Nullable Enterprise byKey(String key, Joins.Plan plan) {
		return reader.one("enterprise", "MATCH (e:Enterprise {key: $key}) RETURN e" + plan.returnItems(),
				Map.of("key", key), r -> plan.register(Enterprise.from(r.get("e")), r)).orElse(null);
	}

	@Nullable Enterprise byCreditCode(String creditCode, Joins.Plan plan) {
		return reader.one("enterpriseByCreditCode", "MATCH (e:Enterprise {creditCode: $code}) RETURN e" + plan.returnItems(),
				Map.of("code", creditCode.strip().toUpperCase()), r -> plan.register(Enterprise.from(r.get("e")), r))
			.orElse(null);
	}

	@Nullable Enterprise byName(String name, Joins.Plan plan) {
		return reader.one("enterpriseByName", """
				MATCH (e:Enterprise) WHERE e.name = $name OR e.nameEn = $name OR e.shortName = $name
				WITH e ORDER BY e.local DESC, e.key LIMIT 1
				RETURN e""" + plan.returnItems(), Map.of("name", name.strip()),
				r -> plan.register(Enterprise.from(r.get("e")), r)).orElse(null);
	}

	/**
	 * A page of enterprises. With a {@code metal} at the top of the filter, the makers of its products
	 * are found from the metal (its products, their producers) instead of testing every enterprise for
	 * such a product: the planner otherwise scans all enterprises and expands every one's products.
	 */
	Connection<Enterprise> page(@Nullable Map<String, Object> where, @Nullable List<Map<String, Object>> orderBy,
			@Nullable String cursor, boolean backward, int size, boolean paged, Joins.Plan plan,
			@Nullable List<String> properties) {
		Node e = Cypher.node("Enterprise").named("e");
		Object metal = where == null ? null : where.get("metal");
		var query = ListQuery.build(filters, new ListQuery.Request("Enterprise", e,
				metal == null ? null : EnterpriseFilters.makers(e, metal, v -> Cypher.parameter("metal")),
				where, metal == null ? Set.of() : Set.of("metal"), orderBy, cursor, backward, size,
				metal == null ? Map.of() : Map.of("metal", metal), properties));
		// with neither edges nor pageInfo selected (a request for totalCount or the aggregates only) no page is read
		List<Record> rows = paged ? reader.list("enterprises", query.cypher() + plan.returnItems(), query.params(),
				Function.identity()) : List.of();
		return Connection.page(rows, size, backward, cursor != null, r -> Cursor.encode(r.get("sortValues").asList()),
				() -> reader.one("enterprisesCount", query.countCypher(), query.countParams(), r -> r.get("total").asInt())
					.orElse(0))
			.map(r -> plan.register(Enterprise.from(r.get("e")), r));
	}

	/** Pages of patents for many enterprises: one query per distinct page argument pair (usually one). */
	private Map<PatentPageKey, Connection<Patent>> patentPages(Collection<PatentPageKey> keys) {
		Map<PatentPageKey, Connection<Patent>> result = new LinkedHashMap<>();
		var groups = keys.stream().collect(Collectors.groupingBy(k -> Map.entry(k.size(), String.valueOf(k.after()))));
		for (var group : groups.values()) {
			PatentPageKey first = group.getFirst();
			List<@Nullable Object> cursor = first.after() == null ? null : Cursor.decode(first.after(), 2);
			// the joined field's page, for every enterprise of the group
			org.neo4j.cypherdsl.core.SymbolicName key = Cypher.name("key");
			Node e = Cypher.node("Enterprise").named("e").withProperties("key", key);
			Node p = Cypher.node("Patent").named("p");
			String statement = org.neo4j.cypherdsl.core.renderer.Renderer.getDefaultRenderer().render(
					Cypher.unwind(Cypher.parameter("keys")).as(key).match(e)
						.returning(key, PatentPageJoin.page(Cypher.anyNode("e"), p, "", first.size(), cursor, p.getRequiredSymbolicName(), Map.of())
							.as("pages"))
						.build());
			List<Record> rows = reader.list("Enterprise.patents", statement,
					Map.of("keys", group.stream().map(PatentPageKey::enterpriseKey).distinct().toList()), Function.identity());
			Map<String, Record> byEnterprise = rows.stream().collect(Collectors.toMap(r -> r.get("key").asString(), r -> r));
			for (PatentPageKey k : group) {
				Record row = byEnterprise.get(k.enterpriseKey());
				List<Value> page = row == null ? List.of() : row.get("pages").get("page").asList(v -> v);
				int total = row == null ? 0 : row.get("pages").get("total").asInt();
				result.put(k, patentPage(k.enterpriseKey(), page, total, k.size(), cursor != null));
			}
		}
		return result;
	}

	/** A page of an enterprise's patents from rows {p, filed} fetched newest first, one beyond {@code size}. */
	static Connection<Patent> patentPage(String enterprise, List<Value> page, int total, int size, boolean hasCursor) {
		return Connection.page(page, size, false, hasCursor,
				v -> Cursor.encode(List.of(v.get("filed").asString(), v.get("p").get("key").asString())), () -> total)
			.map(v -> Patent.from(v.get("p")))
			.within(new Connection.Scope("Enterprise", enterprise, "HOLDS", true));
	}

}
