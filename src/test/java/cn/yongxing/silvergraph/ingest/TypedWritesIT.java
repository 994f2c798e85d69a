package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.yongxing.silvergraph.support.WritableGraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The typed mutations generated from the dataset format, over HTTP with roles: node create / update /
 * delete and relationship add / update / remove are accepted, rejected with a typed error and nothing
 * written, partial (fields left out keep their values), version-checked (a stale
 * {@code expectedVersion} is CONFLICT and writes nothing) and refused to anonymous callers (VIEWER)
 * and analysts; analyses see them at once; introspection shows them for every file of the format.
 */
@WritableGraphTest
class TypedWritesIT {

	private static final String SOURCE = "hnrb-2023-yongxing";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient client;

	HttpGraphQlTester anonymous;

	HttpGraphQlTester editor;

	HttpGraphQlTester admin;

	HttpGraphQlTester analyst;

	@BeforeEach
	void setUp() {
		anonymous = graphQl.mutate().responseTimeout(Duration.ofSeconds(120)).build();
		editor = anonymous.mutate().header("X-API-Key", WritableGraphTest.EDITOR_KEY).build();
		admin = anonymous.mutate().header("X-API-Key", WritableGraphTest.ADMIN_KEY).build();
		analyst = anonymous.mutate().header("X-API-Key", WritableGraphTest.ANALYST_KEY).build();
	}

	private static Map<String, Object> firm(String key, String name) {
		Map<String, Object> input = new HashMap<>();
		input.put("key", key);
		input.put("name", name);
		input.put("nameEn", name + " Co.");
		input.put("local", true);
		input.put("employees", 40);
		input.put("ownership", "PRIVATE");
		input.put("park", "Park:bailin-park");
		input.put("source", "Source:" + SOURCE);
		input.put("excerpt", "synthetic record for a typed-write test");
		return input;
	}

	private GraphQlTester.Response create(HttpGraphQlTester caller, Map<String, Object> input) {
		return caller.documentName("createEnterprise").variable("input", input).execute();
	}

	private Optional<Map<String, Object>> stored(String key) {
		return client.query("MATCH (n:Enterprise {key: $key}) RETURN n {.*, park: [(n)-[:LOCATED_IN]->(p) | p.key]} AS n")
			.bind(key).to("key").fetchAs(Map.class).mappedBy((t, r) -> r.get("n").asMap()).one()
			.map(m -> (Map<String, Object>) m);
	}

	@Test
	void shouldCreateAnEnterpriseInItsParkAtVersionOneWithItsSourceCreatedInTheSameRequest() {
		Map<String, Object> input = firm("synthetic-typed-create", "类型创建企业");
		input.remove("source");
		input.put("newSource", Map.of("key", "synthetic-typed-survey", "title", "Synthetic typed-write survey",
				"kind", "SYNTHETIC"));
		create(editor, input).path("createEnterprise.accepted").entity(Boolean.class).isEqualTo(true)
			.path("createEnterprise.node.id").entity(String.class).isEqualTo("Enterprise:synthetic-typed-create")
			.path("createEnterprise.node.version").entity(Integer.class).isEqualTo(1)
			.path("createEnterprise.node.employees").entity(Integer.class).isEqualTo(40)
			.path("createEnterprise.errors").entityList(Object.class).hasSize(0);
		assertThat(stored("synthetic-typed-create").orElseThrow()).containsEntry("park", List.of("bailin-park"))
			.containsEntry("ownership", "PRIVATE").containsEntry("version", 1L);
		assertThat(client.query("MATCH (:Enterprise {key: 'synthetic-typed-create'})-[:CITED_BY]->(s:Source) RETURN s.key")
			.fetchAs(String.class).all()).containsExactly("synthetic-typed-survey");
	}

	@Test
	void shouldLetOnlyOneOfConcurrentCreatesOfOneKeyWriteAndRefuseTheOthers() throws Exception {
		int callers = 6;
		var pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < callers; i++) {
				Map<String, Object> input = firm("synthetic-typed-race", "竞争创建企业" + i);
				answers.add(pool.submit(() -> {
					start.await();
					var response = create(editor, input);
					boolean accepted = response.path("createEnterprise.accepted").entity(Boolean.class).get();
					return accepted ? "accepted " + input.get("name")
							: response.path("createEnterprise.errors[0].code").entity(String.class).get();
				}));
			}
			start.countDown();
			List<String> outcomes = new java.util.ArrayList<>();
			for (var answer : answers) {
				outcomes.add(answer.get(120, java.util.concurrent.TimeUnit.SECONDS));
			}
			List<String> accepted = outcomes.stream().filter(o -> o.startsWith("accepted ")).toList();
			assertThat(accepted).as("%s", outcomes).hasSize(1);
			assertThat(outcomes).filteredOn(o -> !o.startsWith("accepted ")).containsOnly("DUPLICATE_KEY");
			Map<String, Object> node = stored("synthetic-typed-race").orElseThrow();
			assertThat(node).containsEntry("version", 1L).containsEntry("name", accepted.getFirst().substring("accepted ".length()));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void shouldRejectAnInvalidCreditCodeAnExistingKeyAndAnUnknownParkWithTypedErrorsWritingNothing() {
		Map<String, Object> input = firm("synthetic-typed-bad", "坏码企业");
		input.put("creditCode", "91350100M000100Y44");
		create(editor, input).path("createEnterprise.accepted").entity(Boolean.class).isEqualTo(false)
			.path("createEnterprise.node").valueIsNull()
			.path("createEnterprise.errors[0].field").entity(String.class).isEqualTo("creditCode")
			.path("createEnterprise.errors[0].code").entity(String.class).isEqualTo("INVALID_VALUE");
		input.remove("creditCode");
		input.put("park", "Park:no-such-park");
		create(editor, input).path("createEnterprise.errors[0].field").entity(String.class).isEqualTo("park")
			.path("createEnterprise.errors[0].code").entity(String.class).isEqualTo("UNKNOWN_REFERENCE");
		assertThat(stored("synthetic-typed-bad")).isEmpty();

		create(editor, firm("tengchi", "重复")).path("createEnterprise.accepted").entity(Boolean.class).isEqualTo(false)
			.path("createEnterprise.errors[0].code").entity(String.class).isEqualTo("DUPLICATE_KEY");
		assertThat(stored("tengchi").orElseThrow().get("name")).isEqualTo("湖南腾驰环保科技有限公司");
	}

	@Test
	void shouldChangeOnlyTheGivenFieldsClearAnExplicitNullAndCountVersionsOverEveryWritePath() {
		create(editor, firm("synthetic-typed-partial", "局部更新企业")).path("createEnterprise.accepted")
			.entity(Boolean.class).isEqualTo(true);
		Map<String, Object> before = stored("synthetic-typed-partial").orElseThrow();

		update(Map.of("id", "Enterprise:synthetic-typed-partial", "expectedVersion", 1, "set", Map.of("employees", 55)))
			.path("updateEnterprise.accepted").entity(Boolean.class).isEqualTo(true)
			.path("updateEnterprise.node.version").entity(Integer.class).isEqualTo(2)
			.path("updateEnterprise.node.employees").entity(Integer.class).isEqualTo(55)
			.path("updateEnterprise.node.nameEn").entity(String.class).isEqualTo("局部更新企业 Co.");
		Map<String, Object> after = stored("synthetic-typed-partial").orElseThrow();
		Map<String, Object> expected = new HashMap<>(before);
		expected.put("employees", 55L);
		expected.put("version", 2L);
		assertThat(after).isEqualTo(expected);

		Map<String, Object> clear = new HashMap<>();
		clear.put("nameEn", null);
		update(Map.of("id", "Enterprise:synthetic-typed-partial", "set", clear))
			.path("updateEnterprise.node.nameEn").valueIsNull()
			.path("updateEnterprise.node.name").entity(String.class).isEqualTo("局部更新企业")
			.path("updateEnterprise.node.version").entity(Integer.class).isEqualTo(3);

		// the generic upsert is a write of the record too
		var upsert = Map.of("kind", "ENTERPRISES", "source", SOURCE, "excerpt", "synthetic", "values",
				List.of(Map.of("field", "key", "value", "synthetic-typed-partial"), Map.of("field", "name", "value", "整体"),
						Map.of("field", "local", "value", "true")));
		editor.documentName("upsert").variable("input", upsert).execute().path("upsert.accepted").entity(Boolean.class)
			.isEqualTo(true);
		assertThat(stored("synthetic-typed-partial").orElseThrow()).containsEntry("version", 4L);
	}

	@Test
	void shouldMoveAnEnterpriseToAnotherParkAndOutOfAnyWithoutTouchingItsOtherRelationships() {
		create(editor, firm("synthetic-typed-mover", "搬迁企业")).path("createEnterprise.accepted").entity(Boolean.class)
			.isEqualTo(true);
		var investment = Map.of("kind", "INVESTMENTS", "source", SOURCE, "excerpt", "synthetic", "values",
				List.of(Map.of("field", "enterprise", "value", "synthetic-typed-mover"),
						Map.of("field", "target", "value", "Park:bailin-park"), Map.of("field", "kind", "value", "SETTLED")));
		editor.documentName("upsert").variable("input", investment).execute().path("upsert.accepted")
			.entity(Boolean.class).isEqualTo(true);

		update(Map.of("id", "Enterprise:synthetic-typed-mover", "set", Map.of("park", "Park:taihe-park")))
			.path("updateEnterprise.accepted").entity(Boolean.class).isEqualTo(true);
		assertThat(stored("synthetic-typed-mover").orElseThrow()).containsEntry("park", List.of("taihe-park"));
		Map<String, Object> out = new HashMap<>();
		out.put("park", null);
		update(Map.of("id", "Enterprise:synthetic-typed-mover", "set", out)).path("updateEnterprise.accepted")
			.entity(Boolean.class).isEqualTo(true);
		assertThat(stored("synthetic-typed-mover").orElseThrow()).containsEntry("park", List.of());
		assertThat(client.query("MATCH (:Enterprise {key: 'synthetic-typed-mover'})-[r]->(p:Park) RETURN type(r) + ' ' + p.key")
			.fetchAs(String.class).all()).containsExactly("INVESTED_IN bailin-park");
	}

	@Test
	void shouldRefuseAStaleExpectedVersionOrAnInvalidChangeWritingNothing() {
		create(editor, firm("synthetic-typed-stale", "并发企业")).path("createEnterprise.accepted").entity(Boolean.class)
			.isEqualTo(true);
		update(Map.of("id", "Enterprise:synthetic-typed-stale", "expectedVersion", 1, "set", Map.of("employees", 41)))
			.path("updateEnterprise.accepted").entity(Boolean.class).isEqualTo(true);
		Map<String, Object> current = stored("synthetic-typed-stale").orElseThrow();

		update(Map.of("id", "Enterprise:synthetic-typed-stale", "expectedVersion", 1, "set", Map.of("employees", 99)))
			.path("updateEnterprise.accepted").entity(Boolean.class).isEqualTo(false)
			.path("updateEnterprise.node").valueIsNull()
			.path("updateEnterprise.errors[0].code").entity(String.class).isEqualTo("CONFLICT")
			.path("updateEnterprise.errors[0].field").entity(String.class).isEqualTo("expectedVersion");
		assertThat(stored("synthetic-typed-stale").orElseThrow()).isEqualTo(current);

		update(Map.of("id", "Enterprise:synthetic-typed-stale", "set", Map.of("creditCode", "not-a-code")))
			.path("updateEnterprise.errors[0].code").entity(String.class).isEqualTo("INVALID_VALUE")
			.path("updateEnterprise.errors[0].field").entity(String.class).isEqualTo("creditCode");
		update(Map.of("id", "Enterprise:synthetic-typed-stale", "set", Map.of("name", "")))
			.path("updateEnterprise.errors[0].code").entity(String.class).isEqualTo("REQUIRED");
		assertThat(stored("synthetic-typed-stale").orElseThrow()).isEqualTo(current);

		update(Map.of("id", "Enterprise:synthetic-no-such-firm", "set", Map.of("employees", 1)))
			.path("updateEnterprise.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
	}

	@Test
	void shouldDeleteOnlyAtTheExpectedVersionAndOnlyForAdmins() {
		create(editor, firm("synthetic-typed-delete", "删除企业")).path("createEnterprise.accepted").entity(Boolean.class)
			.isEqualTo(true);
		var stale = Map.of("id", "Enterprise:synthetic-typed-delete", "expectedVersion", 7);
		admin.documentName("deleteEnterprise").variable("input", stale).execute()
			.path("deleteEnterprise.deletedId").valueIsNull()
			.path("deleteEnterprise.errors[0].code").entity(String.class).isEqualTo("CONFLICT");
		editor.documentName("deleteEnterprise").variable("input", Map.of("id", "Enterprise:synthetic-typed-delete"))
			.execute().errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();
		assertThat(stored("synthetic-typed-delete")).isPresent();

		admin.documentName("deleteEnterprise")
			.variable("input", Map.of("id", "Enterprise:synthetic-typed-delete", "expectedVersion", 1)).execute()
			.path("deleteEnterprise.deletedId").entity(String.class).isEqualTo("Enterprise:synthetic-typed-delete")
			.path("deleteEnterprise.relationshipsRemoved").entity(Integer.class).isEqualTo(2);
		assertThat(stored("synthetic-typed-delete")).isEmpty();
	}

	@Test
	void shouldRefuseAnonymousCallersAndAnalystsEveryTypedWrite() {
		for (HttpGraphQlTester caller : List.of(anonymous, analyst)) {
			create(caller, firm("synthetic-typed-anonymous", "匿名")).errors()
				.expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))
						&& e.getPath().equals("createEnterprise"))
				.verify();
			caller.documentName("updateEnterprise")
				.variable("input", Map.of("id", "Enterprise:tengchi", "set", Map.of("employees", 1))).execute().errors()
				.expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();
			caller.documentName("addSupplyLink").variable("input", link("tengchi", "pengkun", "ag-ingot", 2024))
				.execute().errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();
			caller.documentName("removeSupplyLink").variable("input",
					Map.of("supplier", "Enterprise:tengchi", "customer", "Enterprise:pengkun")).execute().errors()
				.expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify();
		}
		assertThat(stored("synthetic-typed-anonymous")).isEmpty();
		assertThat(stored("tengchi").orElseThrow().get("employees")).isNull();
		assertThat(supply("tengchi", "pengkun")).isEmpty();
	}

	private static Map<String, Object> link(String supplier, String customer, String product, int year) {
		Map<String, Object> input = new HashMap<>();
		input.put("supplier", "Enterprise:" + supplier);
		input.put("customer", "Enterprise:" + customer);
		input.put("product", "Product:" + product);
		input.put("volumeT", 12.5);
		input.put("year", year);
		input.put("source", SOURCE);
		input.put("excerpt", "synthetic supply link for a typed-write test");
		return input;
	}

	private List<Map<String, Object>> supply(String from, String to) {
		return client.query("MATCH (:Enterprise {key: $from})-[r:SUPPLIES]->(:Enterprise {key: $to}) RETURN r {.*} AS r")
			.bindAll(Map.of("from", from, "to", to)).fetchAs(Map.class).mappedBy((t, r) -> r.get("r").asMap()).all()
			.stream().map(m -> (Map<String, Object>) m).toList();
	}

	@Test
	void shouldAddUpdateAndRemoveASupplyLinkWithTypedPropertiesAndErrors() {
		create(editor, firm("synthetic-typed-supplier", "供货企业")).path("createEnterprise.accepted")
			.entity(Boolean.class).isEqualTo(true);
		editor.documentName("addSupplyLink").variable("input", link("synthetic-typed-supplier", "tengchi", "ag-ingot", 2025))
			.execute().path("addSupplyLink.accepted").entity(Boolean.class).isEqualTo(true);
		assertThat(supply("synthetic-typed-supplier", "tengchi")).singleElement().satisfies(r -> assertThat(r)
			.containsEntry("product", "ag-ingot").containsEntry("volumeT", 12.5).containsEntry("year", 2025L)
			.containsEntry("source", SOURCE));

		// rejected: unknown product, negative volume, year out of range; nothing written
		Map<String, Object> bad = link("synthetic-typed-supplier", "tengchi", "no-such-product", 2025);
		editor.documentName("addSupplyLink").variable("input", bad).execute()
			.path("addSupplyLink.accepted").entity(Boolean.class).isEqualTo(false)
			.path("addSupplyLink.errors[0].field").entity(String.class).isEqualTo("product")
			.path("addSupplyLink.errors[0].code").entity(String.class).isEqualTo("UNKNOWN_REFERENCE");
		var identity = Map.of("supplier", "Enterprise:synthetic-typed-supplier", "customer", "Enterprise:tengchi",
				"product", "ag-ingot", "year", 2025);
		var negative = new HashMap<String, Object>(identity);
		negative.put("set", Map.of("volumeT", -3.0));
		editor.documentName("updateSupplyLink").variable("input", negative).execute()
			.path("updateSupplyLink.accepted").entity(Boolean.class).isEqualTo(false)
			.path("updateSupplyLink.errors[0].field").entity(String.class).isEqualTo("volumeT")
			.path("updateSupplyLink.errors[0].code").entity(String.class).isEqualTo("INVALID_VALUE");
		var before = supply("synthetic-typed-supplier", "tengchi");

		// a partial update keeps the other properties
		var update = new HashMap<String, Object>(identity);
		update.put("set", Map.of("volumeT", 20.0));
		editor.documentName("updateSupplyLink").variable("input", update).execute()
			.path("updateSupplyLink.accepted").entity(Boolean.class).isEqualTo(true);
		Map<String, Object> expected = new HashMap<>(before.getFirst());
		expected.put("volumeT", 20.0);
		assertThat(supply("synthetic-typed-supplier", "tengchi")).containsExactly(expected);

		var missing = new HashMap<String, Object>(update);
		missing.put("year", 2019);
		editor.documentName("updateSupplyLink").variable("input", missing).execute()
			.path("updateSupplyLink.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");

		editor.documentName("removeSupplyLink").variable("input", identity).execute()
			.path("removeSupplyLink.relationshipsRemoved").entity(Integer.class).isEqualTo(1);
		assertThat(supply("synthetic-typed-supplier", "tengchi")).isEmpty();
		editor.documentName("removeSupplyLink").variable("input", identity).execute()
			.path("removeSupplyLink.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
	}

	@Test
	void shouldLetAnalysesSeeATypedWriteAtOnce() {
		create(editor, firm("synthetic-typed-contacts", "类型触点企业")).path("createEnterprise.accepted")
			.entity(Boolean.class).isEqualTo(true);
		assertThat(gaps()).contains("cluster:Ag:ag-contact:MISSING");
		var production = Map.of("enterprise", "Enterprise:synthetic-typed-contacts", "product", "Product:ag-contact",
				"status", "PRODUCTION", "source", SOURCE, "excerpt", "synthetic production for a typed-write test");
		editor.documentName("addProduction").variable("input", production).execute()
			.path("addProduction.accepted").entity(Boolean.class).isEqualTo(true);
		assertThat(gaps()).contains("cluster:Ag:ag-contact:WEAK").doesNotContain("cluster:Ag:ag-contact:MISSING");
		editor.document("""
				mutation { removeProduction(input: {enterprise: "Enterprise:synthetic-typed-contacts",
				    product: "Product:ag-contact"}) { relationshipsRemoved } }""").execute()
			.path("removeProduction.relationshipsRemoved").entity(Integer.class).isEqualTo(1);
		assertThat(gaps()).contains("cluster:Ag:ag-contact:MISSING");
	}

	private List<String> gaps() {
		return anonymous.document("{ chainGaps(metal: \"Ag\") { id } }").execute().path("chainGaps[*].id")
			.entityList(String.class).get();
	}

	@Test
	void shouldShowTypedMutationsAndInputsForEveryFileOfTheDatasetFormat() {
		Set<String> mutations = Set.copyOf(anonymous.document("{ __type(name: \"Mutation\") { fields { name } } }")
			.execute().path("__type.fields[*].name").entityList(String.class).get());
		Set<String> inputs = anonymous.document("{ __schema { types { name kind } } }").execute()
			.path("__schema.types").entityList(Map.class).get().stream().filter(t -> "INPUT_OBJECT".equals(t.get("kind")))
			.map(t -> (String) t.get("name")).collect(Collectors.toSet());
		assertThat(DatasetFormat.FILES).hasSize(TypedWrites.FAMILIES.size());
		for (FileSpec spec : DatasetFormat.FILES) {
			String name = spec.isNodeFile() ? spec.label() : TypedWrites.LINK_NAMES.get(spec.file());
			assertThat(name).as("GraphQL name of " + spec.file()).isNotNull();
			List<String> verbs = spec.isNodeFile() ? List.of("create", "update", "delete") : List.of("add", "update", "remove");
			for (String verb : verbs) {
				String capitalised = Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
				assertThat(mutations).as(spec.file()).contains(verb + name);
				assertThat(inputs).as(spec.file()).contains(capitalised + name + "Input");
			}
		}
		// typed fields: numbers as numbers, choices as enums, references as ids
		var fields = anonymous.document("{ __type(name: \"CreateEnterpriseInput\") { inputFields { name type { kind name ofType { kind name } } } } }")
			.execute().path("__type.inputFields").entityList(Map.class).get().stream()
			.collect(Collectors.toMap(f -> (String) f.get("name"), f -> typeName((Map<?, ?>) f.get("type"))));
		assertThat(fields).containsEntry("employees", "Int").containsEntry("local", "Boolean!")
			.containsEntry("ownership", "EnterpriseOwnership").containsEntry("park", "ID")
			.containsEntry("excerpt", "String!").containsEntry("newSource", "CreateSourceInput");
	}

	private static String typeName(Map<?, ?> type) {
		return switch ((String) type.get("kind")) {
			case "NON_NULL" -> ((Map<?, ?>) type.get("ofType")).get("name") + "!";
			case "LIST" -> "[…]";
			default -> (String) type.get("name");
		};
	}

	private GraphQlTester.Response update(Map<String, Object> input) {
		return editor.documentName("updateEnterprise").variable("input", input).execute();
	}

}
