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

	/**
	 * Keys the parameters are drawn from, read from the loaded graph; {@code values} holds, by label (a
	 * node's key) or {@code Label.property} (an enumerated value), the values the shapes rooted at the
	 * other node types draw theirs from (a shape whose list is empty in a graph is left out).
	 */
	record Keys(List<String> enterprises, List<String> metals, List<String> institutions, List<String> searchTerms,
			Map<String, List<String>> values) {

		List<String> of(String name) {
			return values.getOrDefault(name, List.of());
		}

	}

	/** A value drawn from {@code keys.of(name)}. */
	private static String draw(Keys keys, String name, java.util.random.RandomGenerator r) {
		List<String> all = keys.of(name);
		return all.get(r.nextInt(all.size()));
	}

	/** A shape rooted at one node of {@code label} ({@code $id} for ours, {@code $key} for the others). */
	private static void rootedAt(List<QueryCase> cases, Keys keys, String label, String name, String ours, String peer,
			String cypher) {
		if (!keys.of(label).isEmpty()) {
			cases.add(new QueryCase(name, ours, peer, cypher, r -> {
				String key = draw(keys, label, r);
				return Map.of("id", label + ":" + key, "key", key);
			}));
		}
	}

	/** A shape over a root list filtered by one enumerated property, {@code $<parameter>} drawn from the graph. */
	private static void listOf(List<QueryCase> cases, Keys keys, String property, String parameter, String name,
			String ours, String peer, String cypher) {
		if (!keys.of(property).isEmpty()) {
			cases.add(new QueryCase(name, ours, peer, cypher, r -> Map.of(parameter, draw(keys, property, r))));
		}
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
		otherRoots(cases, keys);
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

	/**
	 * One shape rooted at each of the other node types: lookups by id and root lists filtered by an
	 * enumerated property, relationship properties, nodes of several labels at an end (unions in the
	 * peer), three levels deep.
	 */
	private static void otherRoots(List<QueryCase> cases, Keys keys) {
		listOf(cases, keys, "Standard.level", "level", "standardMetals", """
				query($level: StandardLevel!) { standards(where: { level: { eq: $level } }, orderBy: [{ field: CODE }], first: 20) {
				  edges { node { key code title metals { key name products { key name } } } } } }""", """
				query($level: String!) { standards(where: { level: { eq: $level } }, sort: [{ code: ASC }, { key: ASC }], limit: 20) {
				  key code title metals { key name products { key name } } } }""", """
				MATCH (s:Standard) WHERE s.level = $level
				WITH s ORDER BY s.code, s.key LIMIT 20
				RETURN s.key AS key, s.code AS code, s.title AS title,
				  COLLECT { MATCH (s)-[:CONCERNS]->(m:Metal)
				            RETURN m {.key, .name, products: COLLECT { MATCH (m)<-[:OF_METAL]-(p:Product) RETURN p {.key, .name} }} } AS metals""");
		rootedAt(cases, keys, "Park", "parkEnterprises", """
				query($id: ID!) { node(id: $id) { ... on Park { key name parent { key name }
				  enterprises { key name products { capacityT product { key name } } } } } }""", """
				query($key: String!) { parks(where: { key: { eq: $key } }) { key name parent { key name }
				  enterprises { key name productsConnection { edges { properties { capacityT } node { key name } } } } } }""", """
				MATCH (k:Park {key: $key})
				RETURN k.key AS key, k.name AS name,
				  COLLECT { MATCH (k)-[:PART_OF]->(u:Park) RETURN u {.key, .name} }[0] AS parent,
				  COLLECT { MATCH (k)<-[:LOCATED_IN]-(e:Enterprise)
				            RETURN e {.key, .name, products: COLLECT { MATCH (e)-[r:PRODUCES]->(p:Product)
				              RETURN {capacityT: r.capacityT, product: p {.key, .name}} }} } AS enterprises""");
		rootedAt(cases, keys, "Material", "materialProducts", """
				query($id: ID!) { node(id: $id) { ... on Material { key name
				  products { key name producers { capacityT enterprise { key name } } } processors { key name } } } }""", """
				query($key: String!) { materials(where: { key: { eq: $key } }) { key name
				  products { key name producersConnection { edges { properties { capacityT } node { key name } } } }
				  processors { key name } } }""", """
				MATCH (x:Material {key: $key})
				RETURN x.key AS key, x.name AS name,
				  COLLECT { MATCH (x)-[:FEEDS]->(p:Product)
				            RETURN p {.key, .name, producers: COLLECT { MATCH (p)<-[r:PRODUCES]-(e:Enterprise)
				              RETURN {capacityT: r.capacityT, enterprise: e {.key, .name}} }} } AS products,
				  COLLECT { MATCH (x)<-[:PROCESSES]-(e:Enterprise) RETURN e {.key, .name} } AS processors""");
		rootedAt(cases, keys, "Project", "projectParticipants", """
				query($id: ID!) { node(id: $id) { ... on Project { key name status
				  participants { role participant { ... on Enterprise { key name } ... on Institution { key name } ... on Cluster { key name } } }
				  concerns { ... on Metal { key name } ... on Product { key name } } } } }""", """
				query($key: String!) { projects(where: { key: { eq: $key } }) { key name status
				  participantsConnection { edges { properties { role }
				    node { ... on Enterprise { key name } ... on Institution { key name } ... on Cluster { key name } } } }
				  concerns { ... on Metal { key name } ... on Product { key name } } } }""", """
				MATCH (j:Project {key: $key})
				RETURN j.key AS key, j.name AS name, j.status AS status,
				  COLLECT { MATCH (j)<-[r:PARTICIPATES_IN]-(h) RETURN {role: r.role, participant: h {.key, .name}} } AS participants,
				  COLLECT { MATCH (j)-[:CONCERNS]->(c) RETURN c {.key, .name} } AS concerns""");
		listOf(cases, keys, "Designation.kind", "kind", "designationHolders", """
				query($kind: DesignationKind!) { designations(where: { kind: { eq: $kind } }, first: 20) { edges { node { key name
				  holders { year level holder { ... on Enterprise { key name } ... on Park { key name } ... on Cluster { key name } } } } } } }""",
				"""
						query($kind: String!) { designations(where: { kind: { eq: $kind } }, sort: [{ key: ASC }], limit: 20) { key name
						  holdersConnection { edges { properties { year level }
						    node { ... on Enterprise { key name } ... on Park { key name } ... on Cluster { key name } } } } } }""", """
						MATCH (d:Designation) WHERE d.kind = $kind
						WITH d ORDER BY d.key LIMIT 20
						RETURN d.key AS key, d.name AS name,
						  COLLECT { MATCH (d)<-[r:HAS_DESIGNATION]-(h)
						            RETURN {year: r.year, level: r.level, holder: h {.key, .name}} } AS holders""");
		listOf(cases, keys, "Platform.kind", "kind", "platformOperators", """
				query($kind: PlatformKind!) { platforms(where: { kind: { eq: $kind } }, first: 20) { edges { node { key name kind level
				  operator { ... on Enterprise { key name } ... on Institution { key name } } } } } }""", """
				query($kind: String!) { platforms(where: { kind: { eq: $kind } }, sort: [{ key: ASC }], limit: 20) { key name kind level
				  operator { ... on Enterprise { key name } ... on Institution { key name } } } }""", """
				MATCH (f:Platform) WHERE f.kind = $kind
				WITH f ORDER BY f.key LIMIT 20
				RETURN f.key AS key, f.name AS name, f.kind AS kind, f.level AS level,
				  COLLECT { MATCH (f)<-[:OPERATES]-(o) RETURN o {.key, .name} }[0] AS operator""");
		listOf(cases, keys, "Region.level", "level", "regionParents", """
				query($level: RegionLevel!) { regions(where: { level: { eq: $level } }, first: 20) { edges { node { key name level
				  parent { key name parent { key name } } } } } }""", """
				query($level: String!) { regions(where: { level: { eq: $level } }, sort: [{ key: ASC }], limit: 20) { key name level
				  parent { key name parent { key name } } } }""", """
				MATCH (g:Region) WHERE g.level = $level
				WITH g ORDER BY g.key LIMIT 20
				RETURN g.key AS key, g.name AS name, g.level AS level,
				  COLLECT { MATCH (g)-[:PART_OF]->(u:Region)
				            RETURN u {.key, .name, parent: COLLECT { MATCH (u)-[:PART_OF]->(v:Region) RETURN v {.key, .name} }[0]} }[0] AS parent""");
		rootedAt(cases, keys, "Cluster", "clusterDetail", """
				query($id: ID!) { node(id: $id) { ... on Cluster { key name region { key name parent { key name } }
				  designations { year level designation { key name kind } } investors { kind year enterprise { key name } } } } }""", """
				query($key: String!) { clusters(where: { key: { eq: $key } }) { key name region { key name parent { key name } }
				  designationsConnection { edges { properties { year level } node { key name kind } } }
				  investorsConnection { edges { properties { kind year } node { key name } } } } }""", """
				MATCH (c:Cluster {key: $key})
				RETURN c.key AS key, c.name AS name,
				  COLLECT { MATCH (c)-[:IN_REGION]->(g:Region)
				            RETURN g {.key, .name, parent: COLLECT { MATCH (g)-[:PART_OF]->(u:Region) RETURN u {.key, .name} }[0]} }[0] AS region,
				  COLLECT { MATCH (c)-[r:HAS_DESIGNATION]->(d:Designation)
				            RETURN {year: r.year, level: r.level, designation: d {.key, .name, .kind}} } AS designations,
				  COLLECT { MATCH (c)<-[r:INVESTED_IN]-(e:Enterprise)
				            RETURN {kind: r.kind, year: r.year, enterprise: e {.key, .name}} } AS investors""");
		rootedAt(cases, keys, "IndustryChain", "chainStages", """
				query($id: ID!) { node(id: $id) { ... on IndustryChain { key name metal { key name }
				  stages { key order name products { key name } } } } }""", """
				query($key: String!) { industryChains(where: { key: { eq: $key } }) { key name metal { key name }
				  stages(sort: [{ order: ASC }, { key: ASC }]) { key order name products { key name } } } }""", """
				MATCH (ch:IndustryChain {key: $key})
				RETURN ch.key AS key, ch.name AS name,
				  COLLECT { MATCH (ch)-[:OF_METAL]->(m:Metal) RETURN m {.key, .name} }[0] AS metal,
				  COLLECT { MATCH (ch)-[:HAS_STAGE]->(s:ChainStage) WITH s ORDER BY s.`order`, s.key
				            RETURN s {.key, .`order`, .name, products: COLLECT { MATCH (s)<-[:AT_STAGE]-(p:Product) RETURN p {.key, .name} }} } AS stages""");
		listOf(cases, keys, "ChainStage.kind", "kind", "stageProducers", """
				query($kind: ChainStageKind!) { chainStages(where: { kind: { eq: $kind } }, orderBy: [{ field: ORDER }], first: 20) {
				  edges { node { key order name products { key name producers { capacityT enterprise { key name } } } } } } }""", """
				query($kind: String!) { chainStages(where: { kind: { eq: $kind } }, sort: [{ order: ASC }, { key: ASC }], limit: 20) {
				  key order name products { key name producersConnection { edges { properties { capacityT } node { key name } } } } } }""",
				"""
						MATCH (s:ChainStage) WHERE s.kind = $kind
						WITH s ORDER BY s.`order`, s.key LIMIT 20
						RETURN s.key AS key, s.`order` AS `order`, s.name AS name,
						  COLLECT { MATCH (s)<-[:AT_STAGE]-(p:Product)
						            RETURN p {.key, .name, producers: COLLECT { MATCH (p)<-[r:PRODUCES]-(e:Enterprise)
						              RETURN {capacityT: r.capacityT, enterprise: e {.key, .name}} }} } AS products""");
		listOf(cases, keys, "Source.kind", "kind", "sourcePage20", """
				query($kind: SourceKind!) { sources(where: { kind: { eq: $kind } }, orderBy: [{ field: DATE, direction: DESC }], first: 20) {
				  edges { node { key title publisher date url } } } }""", """
				query($kind: String!) { sources(where: { kind: { eq: $kind } }, sort: [{ date: DESC }, { key: DESC }], limit: 20) {
				  key title publisher date url } }""", """
				MATCH (s:Source) WHERE s.kind = $kind
				WITH s ORDER BY s.date DESC, s.key DESC LIMIT 20
				RETURN s.key AS key, s.title AS title, s.publisher AS publisher, s.date AS date, s.url AS url""");
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
