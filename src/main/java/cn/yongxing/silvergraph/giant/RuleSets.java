package cn.yongxing.silvergraph.giant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * a malformed file stops the service rather than scoring with half a rule set. Each set applies from
 * {@code effectiveFrom} to {@code effectiveUntil}; the sets of one tier must not overlap, so that
 * exactly one (or none) is in force on any date. The default, when a client names none, is the
 * little-giant set in force on the assessment date.
 */
@Component
class RuleSets {

	static final String LOCATION = "classpath:rulesets/*.yaml";

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	/** The tier assessed when a client names no rule set. */
	static final String DEFAULT_TIER = "LITTLE_GIANT";

	static final String SME_STANDARD = "classpath:sme-standard/*.yaml";

	private final Map<String, RuleSet> byCode;

	private final SmeStandard smeStandard;

	RuleSets() {
		this(load(LOCATION), loadStandard(SME_STANDARD));
	}

	RuleSets(List<RuleSet> sets, SmeStandard smeStandard) {
		this.smeStandard = smeStandard;
		Map<String, RuleSet> map = new LinkedHashMap<>();
		for (RuleSet s : sets) {
			if (map.put(s.code(), s) != null) {
				throw new IllegalStateException("Two rule sets have the code " + s.code());
			}
		}
		for (RuleSet a : sets) {
			if (a.effectiveUntil() != null && a.effectiveUntil().isBefore(a.effectiveFrom())) {
				throw new IllegalStateException("Rule set " + a.code() + " ends before it starts");
			}
			for (RuleSet b : sets) {
				if (a != b && a.tier().equals(b.tier()) && overlap(a, b)) {
					throw new IllegalStateException("Rule sets " + a.code() + " and " + b.code() + " of tier " + a.tier()
							+ " are both in force on " + (a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b).effectiveFrom());
				}
			}
		}
		this.byCode = Map.copyOf(map);
	}

	private static boolean overlap(RuleSet a, RuleSet b) {
		return (b.effectiveUntil() == null || !a.effectiveFrom().isAfter(b.effectiveUntil()))
				&& (a.effectiveUntil() == null || !b.effectiveFrom().isAfter(a.effectiveUntil()));
	}

	/** All rule sets: the default on {@code date} first, then by tier and newest first. */
	List<RuleSet> all(LocalDate date) {
		List<RuleSet> all = new ArrayList<>(byCode.values());
		all.sort(Comparator.comparing((RuleSet s) -> !isDefault(s, date)).thenComparing(RuleSet::tier)
			.thenComparing(RuleSet::effectiveFrom, Comparator.reverseOrder()));
		return all;
	}

	/** Whether a set is the one used on {@code date} when a client names none. */
	boolean isDefault(RuleSet set, LocalDate date) {
		return set.tier().equals(DEFAULT_TIER) && set.inForceOn(date);
	}

	/** The set of a tier in force on a date, or a BAD_USER_INPUT error saying which sets exist and when. */
	RuleSet inForce(String tier, LocalDate date) {
		return byCode.values().stream().filter(s -> s.tier().equals(tier) && s.inForceOn(date)).findFirst()
			.orElseThrow(() -> new BadInputException("No " + tier + " rule set is in force on " + date + "; known: "
					+ String.join(", ", byCode.values().stream().filter(s -> s.tier().equals(tier))
						.sorted(Comparator.comparing(RuleSet::effectiveFrom))
						.map(s -> s.code() + " (" + s.effectiveFrom() + " – "
								+ (s.effectiveUntil() == null ? "" : s.effectiveUntil()) + ")")
						.toList())));
	}

	/**
	 * The set a designation granted in {@code year} is renewed (reviewed) under: the set in force at the
	 * end of that year, as certificates issued under superseded rules stay valid under them until they
	 * expire; the earliest set of the tier when the year predates every set.
	 */
	RuleSet forDesignationYear(String tier, int year) {
		LocalDate end = LocalDate.of(year, 12, 31);
		return byCode.values().stream().filter(s -> s.tier().equals(tier) && s.inForceOn(end)).findFirst()
			.orElseGet(() -> byCode.values().stream().filter(s -> s.tier().equals(tier))
				.min(Comparator.comparing(RuleSet::effectiveFrom))
				.orElseThrow(() -> new IllegalStateException("No rule set of tier " + tier)));
	}

	/**
	 * The set a firm is assessed under for a tier on a date: a holder of a designation the tier awards,
	 * still valid on that date, is renewed under the set it was granted under (the transition clause:
	 * certificates keep the rules they were issued under until they expire); anyone else under the set
	 * in force on the date.
	 */
	RuleSet forFirm(EnterpriseFacts facts, String tier, LocalDate date) {
		RuleSet current = inForce(tier, date);
		RuleSet.Renewal renewal = current.renewal();
		if (renewal == null) {
			return current;
		}
		return facts.designations().stream()
			.filter(d -> d.kind().equals(renewal.kind()) && d.year() != null
					&& (renewal.levels() == null || (d.level() != null && renewal.levels().contains(d.level())))
					&& d.year() <= date.getYear() && d.year() + renewal.validityYears() > date.getYear())
			.map(EnterpriseFacts.DesignationFact::year)
			.max(Integer::compare)
			.map(year -> forDesignationYear(tier, year))
			.orElse(current);
	}

	/** The rule set with this code, the default on {@code date} when null, or a BAD_USER_INPUT error naming the valid codes. */
	RuleSet get(@Nullable String code, LocalDate date) {
		if (code == null) {
			return inForce(DEFAULT_TIER, date);
		}
		return get(code);
	}

	/** The rule set with this code, or a BAD_USER_INPUT error naming the valid codes. */
	RuleSet get(String code) {
		RuleSet set = byCode.get(code.strip());
		if (set == null) {
			throw new BadInputException("Unknown rule set '" + code + "'; valid: "
					+ String.join(", ", byCode.keySet().stream().sorted().toList()));
		}
		return set;
	}

	/** The SME size standard the SME-only tiers check first. */
	SmeStandard smeStandard() {
		return smeStandard;
	}

	/** Reads the one SME size-standard file at a location. */
	static SmeStandard loadStandard(String location) {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(location);
			if (found.length != 1) {
				throw new IllegalStateException("Expected one SME size standard at " + location + ", found " + found.length);
			}
			try (InputStream in = found[0].getInputStream()) {
				return MAPPER.convertValue(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), SmeStandard.class);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the SME size standard at " + location, ex);
		}
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
