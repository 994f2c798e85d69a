package cn.yongxing.silvergraph.migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies pending migrations in version order, each once. Schema statements run in their own
 * auto-commit transactions (Neo4j does not mix schema and data writes); the record of a migration is
 * written only after all its statements succeeded, and statements use {@code IF NOT EXISTS} so a
 * migration interrupted half-way can simply run again.
 */
@Component
public class MigrationRunner {

	private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);

	private final Driver driver;

	private final String location;

	@Autowired
	MigrationRunner(Driver driver) {
		this(driver, "classpath*:db/migrations/*.cypher");
	}

	MigrationRunner(Driver driver, String location) {
		this.driver = driver;
		this.location = location;
	}

	/** Applies every migration not yet recorded; returns the versions applied now. */
	public List<Integer> migrate() {
		List<Migration> migrations = load();
		try (var session = driver.session(SessionConfig.defaultConfig())) {
			session.run("CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE")
				.consume();
			Map<Integer, String> applied = session
				.run("MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum")
				.list(r -> Map.entry(r.get("version").asInt(), r.get("checksum").asString()))
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			List<Integer> now = new java.util.ArrayList<>();
			for (Migration migration : migrations) {
				String checksum = applied.get(migration.version());
				if (checksum != null) {
					if (!checksum.equals(migration.checksum())) {
						throw new IllegalStateException("Migration V" + migration.version()
								+ " was changed after it was applied; add a new migration instead of editing it");
					}
					continue;
				}
				for (String statement : migration.statements()) {
					session.run(statement).consume();
				}
				session.run("""
						CREATE (m:__Migration {version: $version, description: $description,
						                       checksum: $checksum, appliedAt: datetime()})""",
						Values.parameters("version", migration.version(), "description", migration.description(),
								"checksum", migration.checksum()))
					.consume();
				log.info("Applied migration V{} ({})", migration.version(), migration.description());
				now.add(migration.version());
			}
			// full-text and text indexes populate in the background; queries right after start-up
			// must not miss nodes
			session.run("CALL db.awaitIndexes(120)").consume();
			return now;
		}
	}

	private List<Migration> load() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
			List<Migration> migrations = Arrays.stream(resources).map(r -> {
				try {
					return Migration.parse(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).sorted(Comparator.comparingInt(Migration::version)).toList();
			for (int i = 1; i < migrations.size(); i++) {
				if (migrations.get(i).version() == migrations.get(i - 1).version()) {
					throw new IllegalStateException("Two migrations share version " + migrations.get(i).version());
				}
			}
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
