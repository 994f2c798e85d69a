package cn.yongxing.silvergraph.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.Optional;

import org.neo4j.configuration.Config;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.gds.OpenGdsLicenseState;
import org.neo4j.gds.applications.operations.FeatureTogglesRepository;
import org.neo4j.gds.concurrency.OpenGdsConcurrencyValidator;
import org.neo4j.gds.concurrency.OpenGdsPoolSizes;
import org.neo4j.gds.configuration.DefaultsConfiguration;
import org.neo4j.gds.configuration.LimitsConfiguration;
import org.neo4j.gds.core.OpenGdsIdMapBehavior;
import org.neo4j.gds.core.model.OpenModelCatalog;
import org.neo4j.gds.core.write.NativeExportBuildersProvider;
import org.neo4j.gds.metrics.Metrics;
import org.neo4j.gds.procedures.integration.DefaultExportLocation;
import org.neo4j.gds.procedures.integration.LogAccessor;
import org.neo4j.gds.procedures.integration.OpenGraphDataScienceExtensionBuilder;
import org.neo4j.gds.projection.AlphaCypherAggregation;
import org.neo4j.gds.projection.CypherAggregation;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.extension.ExtensionFactory;
import org.neo4j.kernel.extension.context.ExtensionContext;
import org.neo4j.kernel.lifecycle.Lifecycle;
import org.neo4j.kernel.lifecycle.LifecycleAdapter;
import org.neo4j.logging.internal.LogService;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserFunction;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Puts Neo4j Graph Data Science (the open edition, from the {@code org.neo4j.gds:proc} artifacts on
 * the class path) into the embedded server: the GDS component that its procedures inject, and the
 * procedures and functions themselves. A server with the GDS plugin jar does both by itself; an
 * embedded one loads extensions from the class path (this class is listed under
 * {@code META-INF/services}) but never scans it for procedures, hence the explicit registration
 * of every class the GDS jars declare in their own {@code META-INF/services/org.neo4j.procedure.*}
 * lists. The model store is switched off: this service trains no models.
 */
public final class GraphDataScienceExtension extends ExtensionFactory<GraphDataScienceExtension.Dependencies> {

	static {
		// GDS sizes its data structures with JOL, which would otherwise attach the HotSpot
		// serviceability agent (a child process) on first use: slow, and stuck on a busy machine
		if (System.getProperty("jol.skipHotspotSAAttach") == null) {
			System.setProperty("jol.skipHotspotSAAttach", "true");
		}
	}

	/** System property: {@code all} registers every GDS procedure, anything else only those in use. */
	static final String PROCEDURES = "silvergraph.gds.procedures";

	static final String ALL = "all";

	/** Names Java code calls or checks for (see network.GraphDataScience). */
	private static final Set<String> ALWAYS = Set.of("gds.version", "gds.list", "gds.pageRank.stream",
			"gds.louvain.stream");

	private static final Pattern GDS_NAME = Pattern.compile("gds(\\.[A-Za-z][A-Za-z0-9]*)+");

	public GraphDataScienceExtension() {
		super("gds.open");
	}

	@Override
	public Lifecycle newInstance(ExtensionContext context, Dependencies dependencies) {
		var log = new LogAccessor().getLog(dependencies.logService(), getClass());
		Config config = dependencies.config();
		var built = OpenGraphDataScienceExtensionBuilder.create(log, dependencies.databaseManagementService(),
				context.dependencySatisfier(), dependencies.globalProcedures(), config,
				new OpenGdsConcurrencyValidator(), DefaultsConfiguration.Instance,
				(db, cfg) -> new NativeExportBuildersProvider(), new DefaultExportLocation(log, config),
				new FeatureTogglesRepository(), new OpenGdsIdMapBehavior(), OpenGdsLicenseState.INSTANCE,
				LimitsConfiguration.Instance, Metrics.DISABLED, new OpenModelCatalog(), model -> {
					throw new UnsupportedOperationException("storing models is not supported here");
				}, new OpenGdsPoolSizes(), new CypherAggregation(), new AlphaCypherAggregation(), Optional.empty(),
				Optional.empty(), Optional.empty());
		Lifecycle gds = built.getLeft().build();
		GlobalProcedures procedures = dependencies.globalProcedures();
		// the procedures inject the GDS component, which exists once the GDS lifecycle is initialised
		return new LifecycleAdapter() {

			@Override
			public void init() throws Exception {
				gds.init();
				long started = System.nanoTime();
				int registered = registerDeclared(procedures, wanted());
				log.info("Registered %d Graph Data Science procedure classes in %d ms (%s)", registered,
						(System.nanoTime() - started) / 1_000_000, ALL.equals(System.getProperty(PROCEDURES)) ? "all"
								: "those the service calls; silvergraph.embedded.gds-procedures=all for every one");
			}

			@Override
			public void start() throws Exception {
				gds.start();
			}

			@Override
			public void stop() throws Exception {
				gds.stop();
			}

			@Override
			public void shutdown() throws Exception {
				gds.shutdown();
			}

		};
	}

	/**
	 * Registers the GDS procedure and function classes the GDS jars declare, or only those declaring
	 * a name {@code wanted} accepts: compiling every one of GDS's procedures takes seconds at start-up,
	 * and the service calls a handful.
	 */
	private static int registerDeclared(GlobalProcedures procedures, Predicate<String> wanted) {
		ClassLoader loader = GraphDataScienceExtension.class.getClassLoader();
		int registered = 0;
		try {
			for (String kind : new String[] { "Procedure", "UserFunction" }) {
				for (URL list : Collections.list(loader.getResources("META-INF/services/org.neo4j.procedure." + kind))) {
					for (String name : lines(list)) {
						if (!name.startsWith("org.neo4j.gds.")) {
							continue;
						}
						Class<?> type = Class.forName(name, false, loader);
						if (declaredNames(type).noneMatch(wanted)) {
							continue;
						}
						if (kind.equals("Procedure")) {
							procedures.registerProcedure(type);
						}
						else {
							procedures.registerFunction(type);
						}
						registered++;
					}
				}
			}
			return registered;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ClassNotFoundException | ProcedureException ex) {
			throw new IllegalStateException("Cannot register Graph Data Science procedures", ex);
		}
	}

	private static Stream<String> declaredNames(Class<?> type) {
		return Arrays.stream(type.getDeclaredMethods()).map(method -> {
			Procedure procedure = method.getAnnotation(Procedure.class);
			if (procedure != null) {
				return procedure.name().isEmpty() ? procedure.value() : procedure.name();
			}
			UserFunction function = method.getAnnotation(UserFunction.class);
			if (function != null) {
				return function.name().isEmpty() ? function.value() : function.name();
			}
			return null;
		}).filter(java.util.Objects::nonNull);
	}

	/**
	 * Every GDS name ({@code gds.…}) the service's Cypher statement files mention, the catalog
	 * procedures and those Java code calls by name; everything with {@code gds-procedures=all}.
	 */
	static Predicate<String> wanted() {
		if (ALL.equals(System.getProperty(PROCEDURES))) {
			return name -> true;
		}
		Set<String> names = new HashSet<>(ALWAYS);
		try {
			for (Resource file : new PathMatchingResourcePatternResolver(GraphDataScienceExtension.class.getClassLoader())
				.getResources("classpath*:cypher/**/*.cypher")) {
				Matcher m = GDS_NAME.matcher(file.getContentAsString(StandardCharsets.UTF_8));
				while (m.find()) {
					names.add(m.group());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return name -> names.contains(name) || name.startsWith("gds.graph.") || name.startsWith("gds.util.");
	}

	private static java.util.List<String> lines(URL list) throws IOException {
		try (InputStream in = list.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.toList();
		}
	}

	/** What the extension needs from the server. */
	public interface Dependencies {

		Config config();

		DatabaseManagementService databaseManagementService();

		GlobalProcedures globalProcedures();

		LogService logService();

	}

}
