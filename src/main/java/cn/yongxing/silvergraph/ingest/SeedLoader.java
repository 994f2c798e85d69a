package cn.yongxing.silvergraph.ingest;

import cn.yongxing.silvergraph.migrations.MigrationRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * At start-up: applies schema migrations (and the derived keys they need), then loads the seed once. The seed is loaded only into a
 * graph that has never received it (marked by a {@code :__Seed} node), and loading is idempotent
 * anyway, so restarts never duplicate anything.
 */
@Component
@Order(0)
class SeedLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	/**
	 * @param enabled whether to load the seed at start-up
	 * @param location where the seed files are ({@code classpath:seed/} or {@code file:./seed/})
	 */
	@ConfigurationProperties("silvergraph.seed")
	record SeedProperties(@DefaultValue("true") boolean enabled, @DefaultValue("classpath:seed/") String location) {
	}

	private final MigrationRunner migrations;

	private final DatasetImporter importer;

	private final Neo4jClient client;

	private final SeedProperties properties;

	private final SortKeys sortKeys;

	private final DerivedProperties derived;

	private final org.springframework.transaction.PlatformTransactionManager transactions;

	SeedLoader(MigrationRunner migrations, DatasetImporter importer, Neo4jClient client, SeedProperties properties,
			SortKeys sortKeys, DerivedProperties derived,
			org.springframework.transaction.PlatformTransactionManager transactions) {
		this.derived = derived;
		this.transactions = transactions;
		this.migrations = migrations;
		this.sortKeys = sortKeys;
		this.importer = importer;
		this.client = client;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		migrations.migrate();
		sortKeys.backfill();
		derived.backfill(client, transactions);
		if (!properties.enabled()) {
			return;
		}
		boolean seeded = client.query("MATCH (s:__Seed) RETURN count(s) > 0").fetchAs(Boolean.class).one().orElse(false);
		if (seeded) {
			log.info("Seed already loaded; skipping");
			return;
		}
		ImportReport report = importer.importDataset(Dataset.fromLocation(properties.location()), false,
				Change.system("seed", properties.location()));
		if (!report.accepted()) {
			report.problems().forEach(p -> log.error("Seed problem: {}", p));
			throw new IllegalStateException("The seed at " + properties.location() + " is invalid: "
					+ report.problems().size() + " problem(s), first: " + report.problems().getFirst());
		}
		client.query("MERGE (s:__Seed {location: $location}) SET s.loadedAt = datetime()")
			.bind(properties.location()).to("location").run();
		log.info("Seed loaded from {}: {} nodes, {} relationships", properties.location(), report.nodesCreated(),
				report.relationshipsCreated());
	}

}
