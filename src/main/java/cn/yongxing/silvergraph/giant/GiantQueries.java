package cn.yongxing.silvergraph.giant;

import java.time.Year;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.yongxing.silvergraph.graph.CypherFiles;
import cn.yongxing.silvergraph.enterprise.Enterprise;
import cn.yongxing.silvergraph.giant.EnterpriseFacts.CollaborationFact;
import cn.yongxing.silvergraph.giant.EnterpriseFacts.DesignationFact;
import cn.yongxing.silvergraph.giant.EnterpriseFacts.Financials;
import cn.yongxing.silvergraph.giant.EnterpriseFacts.PlatformFact;
import cn.yongxing.silvergraph.giant.EnterpriseFacts.ShareFact;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gathers the facts the rules need from the graph: one query for all local enterprises (or a given
 * set), never one per enterprise. The Cypher lives in {@code cypher/giant/}, read at start-up.
 */
@Component
class GiantQueries {

	private final GraphReader reader;

	private final ChainRoleSource chainRoles;

	private final String factsOfLocal;

	private final String factsOfGiven;

	private final String lastYearCypher;

	GiantQueries(GraphReader reader, ObjectProvider<ChainRoleSource> chainRoles) {
		this.reader = reader;
		this.chainRoles = chainRoles.getIfAvailable(ChainRoleSource::unavailable);
		String facts = CypherFiles.load("giant", "facts");
		// two statements from one text: each starts where its index helps (local flag, or keys)
		this.factsOfLocal = facts.replace("{{enterprises}}", CypherFiles.load("giant", "local-enterprises"));
		this.factsOfGiven = facts.replace("{{enterprises}}", CypherFiles.load("giant", "given-enterprises"));
		this.lastYearCypher = CypherFiles.load("giant", "last-year");
	}

	/** The year the rules call "last year": the latest reported year, else the year before this one. */
	int lastYear() {
		return reader.one("giant.lastYear", lastYearCypher, Map.of(), r -> r.get("year"))
			.filter(v -> !v.isNull())
			.map(Value::asInt)
			.orElse(Year.now().getValue() - 1);
	}

	/** Facts of every local enterprise ({@code keys} null) or of the given enterprises, in key order. */
	List<EnterpriseFacts> facts(@Nullable Collection<String> keys) {
		// every local enterprise is a whole-graph read: the analytics time budget, as for graph algorithms
		List<Record> rows = keys == null
				? reader.analytics().list("giant.factsOfAll", factsOfLocal, Map.of(), Function.identity())
				: reader.list("giant.facts", factsOfGiven, Map.of("keys", List.copyOf(keys)), Function.identity());
		Map<String, ChainRoleSource.Role> roles = chainRoles
			.rolesOf(rows.stream().map(r -> r.get("e").get("key").asString()).toList());
		return rows.stream().map(r -> facts(r, roles)).toList();
	}

	private static EnterpriseFacts facts(Record r, Map<String, ChainRoleSource.Role> roles) {
		Enterprise e = Enterprise.from(r.get("e"));
		Map<Integer, Financials> byYear = new LinkedHashMap<>();
		for (Value v : r.get("financials").values()) {
			Financials f = financials(v.get("f"), v.get("src"));
			byYear.put(f.year(), f);
		}
		return new EnterpriseFacts(e, byYear, r.get("patents").asInt(), r.get("classOne").asInt(),
				r.get("classTwo").asInt(),
				r.get("platforms").asList(v -> new PlatformFact(v.get("name").asString(), v.get("kind").asString(),
						v.get("level").asString())),
				r.get("collaborations").asList(v -> new CollaborationFact(v.get("kind").asString(),
						v.get("institution").asString(), v.get("institutionKind").asString())),
				r.get("designations").asList(v -> new DesignationFact(v.get("kind").asString(), v.get("name").asString(),
						Props.str(v, "level"), Props.integer(v, "year"))),
				r.get("shares").asList(GiantQueries::share), r.get("clusterShares").asList(GiantQueries::share),
				roles.getOrDefault(e.key(), ChainRoleSource.Role.unknown()));
	}

	private static Financials financials(Value f, Value src) {
		return new Financials(f.get("year").asInt(), Props.dbl(f, "revenue"), Props.dbl(f, "mainBusinessRevenue"),
				Props.dbl(f, "rdExpense"), Props.dbl(f, "netProfit"), Props.dbl(f, "debtRatio"),
				Props.dbl(f, "equityRaised"), Props.integer(f, "employees"), Props.integer(f, "rdStaff"),
				src.isNull() ? null : Source.from(src, Props.str(f, "excerpt")));
	}

	private static ShareFact share(Value v) {
		Value src = v.get("src");
		return new ShareFact(v.get("metal").asString(), v.get("scope").asString(), v.get("basis").asString(),
				v.get("value").asDouble(), v.get("year").asInt(), Props.str(v, "qualifier"),
				src.isNull() ? null : Source.from(src, Props.str(v, "excerpt")));
	}


}
