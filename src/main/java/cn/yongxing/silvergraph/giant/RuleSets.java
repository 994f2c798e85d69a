package cn.yongxing.silvergraph.giant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.yongxing.silvergraph.giant.RuleSet.Criterion;
import cn.yongxing.silvergraph.graph.BadInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule sets, one YAML file each under {@code classpath:rulesets/}, read and checked at start-up:
 * a malformed file stops the service rather than scoring with half a rule set.
 */
@Component
class RuleSets {

	static final String LOCATION = "classpath:rulesets/*.yaml";

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final Map<String, RuleSet> byCode;

	private final RuleSet defaultSet;

	RuleSets() {
		this(load(LOCATION));
	}

	RuleSets(List<RuleSet> sets) {
		Map<String, RuleSet> map = new LinkedHashMap<>();
		for (RuleSet s : sets) {
			if (map.put(s.code(), s) != null) {
				throw new IllegalStateException("Two rule sets have the code " + s.code());
			}
		}
		List<RuleSet> defaults = sets.stream().filter(RuleSet::isDefault).toList();
		if (defaults.size() != 1) {
			throw new IllegalStateException("Exactly one rule set must be the default, found " + defaults.size());
		}
		this.byCode = Map.copyOf(map);
		this.defaultSet = defaults.getFirst();
	}

	/** All rule sets, the default first. */
	List<RuleSet> all() {
		List<RuleSet> all = new ArrayList<>(byCode.values());
		all.sort((a, b) -> a.isDefault() != b.isDefault() ? (a.isDefault() ? -1 : 1) : a.code().compareTo(b.code()));
		return all;
	}

	/** The rule set with this code, the default when null, or a BAD_USER_INPUT error naming the valid codes. */
	RuleSet get(@Nullable String code) {
		if (code == null) {
			return defaultSet;
		}
		RuleSet set = byCode.get(code.strip());
		if (set == null) {
			throw new BadInputException("Unknown rule set '" + code + "'; valid: "
					+ String.join(", ", all().stream().map(RuleSet::code).toList()));
		}
		return set;
	}

	/** Reads every rule-set file at a location. */
	static List<RuleSet> load(String location) {
		try {
			List<RuleSet> sets = new ArrayList<>();
			for (Resource r : new PathMatchingResourcePatternResolver().getResources(location)) {
				try (InputStream in = r.getInputStream()) {
					sets.add(parse(in, r.getFilename()));
				}
			}
			if (sets.isEmpty()) {
				throw new IllegalStateException("No rule sets found at " + location);
			}
			return sets;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read rule sets at " + location, ex);
		}
	}

	/** Parses and checks one rule-set file. */
	static RuleSet parse(InputStream yaml, @Nullable String fileName) {
		Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		RuleSet set;
		try {
			set = MAPPER.convertValue(tree, RuleSet.class);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Rule set file " + fileName + " is malformed: " + ex.getMessage(), ex);
		}
		for (Criterion c : set.criteria()) {
			check(c, fileName);
		}
		return set;
	}

	private static void check(Criterion c, @Nullable String file) {
		String where = "rule set " + file + ", criterion " + c.code() + " (" + c.kind() + ")";
		boolean ok = switch (c.kind()) {
			case THRESHOLD -> c.metric() != null && c.op() != null && c.value() != null;
			case BOOLEAN -> c.metric() != null;
			case BANDED -> c.by() != null && c.bands() != null && !c.bands().isEmpty();
			case ALL, ANY -> c.criteria() != null && !c.criteria().isEmpty();
			case POINTS -> c.table() != null && !c.table().isEmpty() && c.table().stream()
				.allMatch(r -> r.always() || (r.when() != null && r.when().stream().allMatch(w -> w.metric() != null || c.metric() != null)));
			case SCORE -> c.value() != null;
		};
		if (!ok) {
			throw new IllegalStateException(where + " lacks a field its kind needs");
		}
		if (c.metric() == Metric.UNRECORDED && c.collect() == null) {
			throw new IllegalStateException(where + " reads an unrecorded fact but does not say what to collect");
		}
		if (c.metric() == Metric.DESIGNATION && c.designations() == null) {
			throw new IllegalStateException(where + " reads designations but names no designation kinds");
		}
		Objects.requireNonNullElse(c.criteria(), List.<Criterion>of()).forEach(child -> check(child, file));
		Objects.requireNonNullElse(c.bands(), List.<RuleSet.Band>of()).forEach(b -> check(b.criterion(), file));
	}

}
