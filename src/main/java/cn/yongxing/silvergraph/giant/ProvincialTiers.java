package cn.yongxing.silvergraph.giant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.cluster.Indicator;
import cn.yongxing.silvergraph.enterprise.Enterprise;
import cn.yongxing.silvergraph.graph.CypherFiles;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provincial tiers and where each stands on the graph: the local enterprises holding its
 * designation, against the goals that name it (one statement per tier).
 */
@Component
class ProvincialTiers {

	static final String LOCATION = "classpath:provincial-tiers/*.yaml";

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final GraphReader reader;

	private final List<ProvincialTier> tiers;

	private final String cypher = CypherFiles.load("giant", "provincial-tier");

	ProvincialTiers(GraphReader reader) {
		this.reader = reader;
		this.tiers = load(LOCATION);
	}

	static List<ProvincialTier> load(String location) {
		try {
			List<ProvincialTier> found = new ArrayList<>();
			for (Resource r : new PathMatchingResourcePatternResolver().getResources(location)) {
				try (InputStream in = r.getInputStream()) {
					found.add(MAPPER.convertValue(new Yaml(new SafeConstructor(new LoaderOptions())).load(in),
							ProvincialTier.class));
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException("Provincial tier file " + r.getFilename() + " is malformed: "
							+ ex.getMessage(), ex);
				}
			}
			return List.copyOf(found);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read provincial tiers at " + location, ex);
		}
	}

	/** Every provincial tier with its holders and goals on the graph. */
	List<Standing> standings() {
		return tiers.stream().map(this::standing).toList();
	}

	private Standing standing(ProvincialTier tier) {
		return reader.one("giant.provincialTier", cypher, Map.of("kind", tier.designationKind(), "level",
				tier.designationLevel(), "goalNames", tier.goalNames()), r -> {
					List<Holder> holders = r.get("holders").asList(v -> new Holder(Enterprise.from(v.get("e")),
							Props.integer(v, "year"), v.get("designation").asString()));
					List<Goal> goals = r.get("goals").asList(v -> goal(v, holders.size()));
					return new Standing(tier, holders, goals);
				})
			.orElseGet(() -> new Standing(tier, List.of(), List.of()));
	}

	private static Goal goal(Value v, int held) {
		Indicator i = Indicator.from(v.get("i"));
		int target = (int) Math.ceil(i.value());
		Value src = v.get("src");
		return new Goal(i, Props.str(v, "subject"), target, held, Math.max(0, target - held), held >= target,
				src.isNull() ? List.of() : List.of(Source.from(src, Props.str(v, "excerpt"))));
	}

	/** A tier and where it stands. */
	record Standing(ProvincialTier tier, List<Holder> holders, List<Goal> goals) {
	}

	/** A local enterprise holding the tier's designation. */
	record Holder(Enterprise enterprise, @Nullable Integer year, String designation) {
	}

	/**
	 * A goal naming the tier, against the designations the graph records (a lower bound: the graph
	 * lists the designations reported, not all there are).
	 */
	record Goal(Indicator indicator, @Nullable String subject, int target, int held, int remaining, boolean met,
			List<Source> sources) {
	}

}
