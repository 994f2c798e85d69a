package cn.yongxing.silvergraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query mix: the relation queries a frontend sends, each as our document, the peer's document
 * (same logical selection in the Neo4j GraphQL Library's generated API) and hand-written Cypher;
 * then search and the analyses (ours only), the analyses only when our schema has them.
 */
final class QueryMix {

	private QueryMix() {
	}

	/** Keys the parameters are drawn from, read from the loaded graph. */
	record Keys(List<String> enterprises, List<String> metals, List<String> institutions, List<String> searchTerms) {
	}

	static List<QueryCase> cases(Keys keys, Set<String> ourQueryFields, List<String> skipped) {
		List<QueryCase> cases = new ArrayList<>();
		cases.add(new QueryCase("enterpriseDetail", """
				query($id: ID!) { enterprise(id: $id) { key name
				  park { key name }
				  products { capacityT product { key name } }
				  patents(first: 10) { edges { node { number title type } } }
				  partners { kind institution { key name } } } }""", """
				query($key: String!) { enterprises(where: { key: { eq: $key } }) { key name
				  park { key name }
				  productsConnection { edges { properties { capacityT } node { key name } } }
				  patents(limit: 10, sort: [{ filed: DESC }, { key: DESC }]) { number title type }
				  partnersConnection { edges { properties { kind } node { key name } } } } }""", """
				MATCH (e:Enterprise {key: $key})
				RETURN e.key AS key, e.name AS name,
				  COLLECT { MATCH (e)-[:LOCATED_IN]->(p:Park) RETURN p {.key, .name} }[0] AS park,
				  COLLECT { MATCH (e)-[r:PRODUCES]->(p:Product) RETURN {capacityT: r.capacityT, product: p {.key, .name}} } AS products,
				  COLLECT { MATCH (e)-[:HOLDS]->(t:Patent) WITH t ORDER BY t.filed DESC, t.key DESC LIMIT 10
				            RETURN t {.number, .title, .type} } AS patents,
				  COLLECT { MATCH (e)-[c:COLLABORATES_WITH]->(i:Institution) RETURN {kind: c.kind, institution: i {.key, .name}} } AS partners""",
				r -> {
					String key = keys.enterprises().get(r.nextInt(keys.enterprises().size()));
					return Map.of("id", "Enterprise:" + key, "key", key);
				}));
		cases.add(new QueryCase("enterprisePage20", """
				query($metal: String!) { enterprises(where: { local: true, metal: $metal }, orderBy: [{ field: NAME }], first: 20) {
				  edges { node { key name products { capacityT product { key name } } } } } }""", """
				query($metal: String!) { enterprises(where: { local: { eq: true }, products: { some: { metal: { key: { eq: $metal } } } } },
				  sort: [{ name: ASC }, { key: ASC }], limit: 20) {
				  key name productsConnection { edges { properties { capacityT } node { key name } } } } }""", """
				MATCH (:Metal {key: $metal})<-[:OF_METAL]-(:Product)<-[:PRODUCES]-(e:Enterprise)
				WITH DISTINCT e WHERE e.local = true
				WITH e ORDER BY e.name, e.key LIMIT 20
				RETURN e.key AS key, e.name AS name,
				  COLLECT { MATCH (e)-[r:PRODUCES]->(p:Product) RETURN {capacityT: r.capacityT, product: p {.key, .name}} } AS products""",
				r -> Map.of("metal", keys.metals().get(r.nextInt(keys.metals().size())))));
		cases.add(new QueryCase("nested50x2", """
				query($metal: String!) { enterprises(where: { metal: $metal }, orderBy: [{ field: NAME }], first: 50) {
				  edges { node { key name customers { volumeT customer { key name products { product { key name } } } } } } } }""",
				"""
						query($metal: String!) { enterprises(where: { products: { some: { metal: { key: { eq: $metal } } } } },
						  sort: [{ name: ASC }, { key: ASC }], limit: 50) {
						  key name customersConnection { edges { properties { volumeT } node { key name products { key name } } } } } }""",
				"""
						MATCH (:Metal {key: $metal})<-[:OF_METAL]-(:Product)<-[:PRODUCES]-(e:Enterprise)
						WITH DISTINCT e
						WITH e ORDER BY e.name, e.key LIMIT 50
						RETURN e.key AS key, e.name AS name,
						  COLLECT { MATCH (e)-[s:SUPPLIES]->(c:Enterprise)
						            RETURN {volumeT: s.volumeT, customer: c {.key, .name,
						              products: COLLECT { MATCH (c)-[:PRODUCES]->(p:Product) RETURN p {.key, .name} }}} } AS customers""",
				r -> Map.of("metal", keys.metals().get(r.nextInt(keys.metals().size())))));
		// rooted at other types, three levels deep, with relationship properties at two of them
		// (a cluster without partnered institutions, like the harness's smallest, has no institution case)
		if (!keys.institutions().isEmpty()) {
			cases.add(new QueryCase("institutionPartners", """
				query($id: ID!) { node(id: $id) { ... on Institution { key name
				  partners { since kind enterprise { key name products { capacityT product { key name } } } } } } }""", """
				query($key: String!) { institutions(where: { key: { eq: $key } }) { key name
				  partnersConnection { edges { properties { since kind } node { key name
				    productsConnection { edges { properties { capacityT } node { key name } } } } } } } }""", """
				MATCH (i:Institution {key: $key})
				RETURN i.key AS key, i.name AS name,
				  COLLECT { MATCH (i)<-[c:COLLABORATES_WITH]-(e:Enterprise)
				            RETURN {since: c.since, kind: c.kind, enterprise: e {.key, .name,
				              products: COLLECT { MATCH (e)-[r:PRODUCES]->(p:Product)
				                                  RETURN {capacityT: r.capacityT, product: p {.key, .name}} }}} } AS partners""",
				r -> {
					String key = keys.institutions().get(r.nextInt(keys.institutions().size()));
					return Map.of("id", "Institution:" + key, "key", key);
				}));
		}
		cases.add(new QueryCase("metalProducers", """
				query($id: ID!) { node(id: $id) { ... on Metal { key name
				  products { key name producers { capacityT status enterprise { key name park { key name } } } } } } }""", """
				query($metal: String!) { metals(where: { key: { eq: $metal } }) { key name
				  products { key name producersConnection { edges { properties { capacityT status }
				    node { key name park { key name } } } } } } }""", """
				MATCH (m:Metal {key: $metal})
				RETURN m.key AS key, m.name AS name,
				  COLLECT { MATCH (m)<-[:OF_METAL]-(p:Product)
				            RETURN p {.key, .name, producers: COLLECT { MATCH (p)<-[r:PRODUCES]-(e:Enterprise)
				              RETURN {capacityT: r.capacityT, status: r.status, enterprise: e {.key, .name,
				                park: COLLECT { MATCH (e)-[:LOCATED_IN]->(k:Park) RETURN k {.key, .name} }[0]}} }} } AS products""",
				r -> {
					String metal = keys.metals().get(r.nextInt(keys.metals().size()));
					return Map.of("id", "Metal:" + metal, "metal", metal);
				}));
		// a root list of another type, its to-one relation filtered, an edge relation with its properties
		cases.add(new QueryCase("productPage20", """
				query($metal: String!) { products(where: { metal: { some: { key: { eq: $metal } } } }, orderBy: [{ field: NAME }],
				  first: 20) { edges { node { key name producers { capacityT status enterprise { key name } } } } } }""", """
				query($metal: String!) { products(where: { metal: { key: { eq: $metal } } }, sort: [{ name: ASC }, { key: ASC }],
				  limit: 20) { key name producersConnection { edges { properties { capacityT status } node { key name } } } } }""", """
				MATCH (p:Product)-[:OF_METAL]->(:Metal {key: $metal})
				WITH DISTINCT p ORDER BY p.name, p.key LIMIT 20
				RETURN p.key AS key, p.name AS name,
				  COLLECT { MATCH (p)<-[r:PRODUCES]-(e:Enterprise)
				            RETURN {capacityT: r.capacityT, status: r.status, enterprise: e {.key, .name}} } AS producers""",
				r -> Map.of("metal", keys.metals().get(r.nextInt(keys.metals().size())))));
		// a root list filtered by an enumerated property, sorted by a date, newest first
		cases.add(new QueryCase("patentPage20", """
				query($type: PatentType!) { patents(where: { type: { eq: $type } }, orderBy: [{ field: FILED, direction: DESC }],
				  first: 20) { edges { node { number title type filed } } } }""", """
				query($type: String!) { patents(where: { type: { eq: $type } }, sort: [{ filed: DESC }, { key: DESC }], limit: 20) {
				  number title type filed } }""", """
				MATCH (t:Patent) WHERE t.type = $type
				WITH t ORDER BY t.filed DESC, t.key DESC LIMIT 20
				RETURN t.number AS number, t.title AS title, t.type AS type, t.filed AS filed""",
				r -> Map.of("type", List.of("INVENTION", "UTILITY_MODEL", "DESIGN").get(r.nextInt(3)))));
		// a relation filter: on the relationship's properties and on the related node's own relation
		cases.add(new QueryCase("relationFilter", """
				query($metal: String!, $cap: Float!, $status: ProductionStatus!) {
				  enterprises(where: { products: { some: { capacityT: { gt: $cap }, status: { eq: $status },
				    node: { metal: { some: { key: { eq: $metal } } } } } } }, orderBy: [{ field: NAME }], first: 20) {
				  edges { node { key name } } } }""", """
				query($metal: String!, $cap: Float!, $status: String!) {
				  enterprises(where: { productsConnection: { some: { edge: { capacityT: { gt: $cap }, status: { eq: $status } },
				    node: { metal: { key: { eq: $metal } } } } } }, sort: [{ name: ASC }, { key: ASC }], limit: 20) { key name } }""",
				"""
						MATCH (e:Enterprise)
						WHERE EXISTS { MATCH (e)-[r:PRODUCES]->(:Product)-[:OF_METAL]->(:Metal {key: $metal})
						               WHERE r.capacityT > $cap AND r.status = $status }
						WITH e ORDER BY e.name, e.key LIMIT 20
						RETURN e.key AS key, e.name AS name""",
				r -> Map.of("metal", keys.metals().get(r.nextInt(keys.metals().size())), "cap", (double) r.nextInt(200),
						"status", r.nextInt(4) == 0 ? "PILOT" : "PRODUCTION")));
		// an aggregate over every firm a filter matches: the count and the statistics of a number
		cases.add(new QueryCase("aggregate", """
				query($local: Boolean!) { enterprises(where: { local: $local }) {
				  aggregate { count founded { min max avg } } } }""", """
				query($local: Boolean!) { enterprisesConnection(where: { local: { eq: $local } }) {
				  aggregate { count { nodes } node { founded { min max average } } } } }""", """
				MATCH (e:Enterprise) WHERE e.local = $local
				RETURN count(e) AS count, min(e.founded) AS min, max(e.founded) AS max, avg(e.founded) AS avg""",
				r -> Map.of("local", r.nextBoolean())));
		cases.add(new QueryCase("search", """
				query($text: String!) { search(text: $text, first: 20) { type score matchedBy node { id } } }""", null, """
				CALL db.index.fulltext.queryNodes('names', $text, {limit: 20}) YIELD node, score
				RETURN node.key AS key, labels(node) AS labels, score""",
				r -> Map.of("text", keys.searchTerms().get(r.nextInt(keys.searchTerms().size())))));

		String local = keys.enterprises().getFirst();
		analysis(cases, ourQueryFields, skipped, "chainGaps", """
				query($metal: String) { chainGaps(metal: $metal) { id kind severity } }""",
				r -> Map.of("metal", keys.metals().get(r.nextInt(keys.metals().size()))));
		analysis(cases, ourQueryFields, skipped, "littleGiantCandidates", """
				query { littleGiantCandidates(first: 50) { __typename } }""", r -> Map.of());
		analysis(cases, ourQueryFields, skipped, "partnerNetwork", """
				query($id: ID!) { partnerNetwork(id: $id, depth: 2) { nodes { id } edges { kind } } }""",
				r -> Map.of("id", "Enterprise:" + keys.enterprises().get(r.nextInt(keys.enterprises().size()))));
		analysis(cases, ourQueryFields, skipped, "shortestPath", """
				query($from: ID!, $to: ID!) { shortestPath(fromId: $from, toId: $to, maxLength: 6) { __typename } }""",
				r -> Map.of("from", "Enterprise:" + local, "to",
						"Enterprise:" + keys.enterprises().get(r.nextInt(keys.enterprises().size()))));
		return cases;
	}

	private static void analysis(List<QueryCase> cases, Set<String> fields, List<String> skipped, String field,
			String document, java.util.function.Function<java.util.random.RandomGenerator, Map<String, Object>> params) {
		if (fields.contains(field)) {
			cases.add(new QueryCase(field, document, null, null, params));
		}
		else {
			skipped.add(field + ": not in our schema on this branch (introspection); merge its issue branch to include it");
		}
	}

}
