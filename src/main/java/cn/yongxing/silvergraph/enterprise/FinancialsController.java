package cn.yongxing.silvergraph.enterprise;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.Citations;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.Props;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Enterprise.financials}, kept apart from {@link EnterpriseController} because the field is
 * guarded ({@code @sensitive} in the schema) and owned by the writes/security feature.
 */
@Controller
class FinancialsController {

	private final GraphReader reader;

	FinancialsController(GraphReader reader) {
		this.reader = reader;
	}

	@BatchMapping(typeName = "Enterprise")
	Map<Enterprise, List<Financials>> financials(List<Enterprise> enterprises) {
		return reader.many("Enterprise.financials", enterprises, Enterprise::key, """
				UNWIND $keys AS key
				MATCH (:Enterprise {key: key})-[:REPORTED]->(r:Financials)
				%s
				RETURN key, r, src ORDER BY r.year DESC""".formatted(Citations.CLAUSE), FinancialsController::financials);
	}

	private static Financials financials(Record row) {
		Value f = row.get("r");
		return new Financials(f.get("year").asInt(), Props.dbl(f, "revenue"), Props.dbl(f, "mainBusinessRevenue"),
				Props.dbl(f, "rdExpense"), Props.dbl(f, "netProfit"), Props.dbl(f, "debtRatio"),
				Props.dbl(f, "equityRaised"), Props.integer(f, "employees"), Props.integer(f, "rdStaff"),
				Citations.of(row));
	}

}
