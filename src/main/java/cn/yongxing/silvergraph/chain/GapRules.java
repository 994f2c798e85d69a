package cn.yongxing.silvergraph.chain;

import java.util.ArrayList;
import java.util.List;

import cn.yongxing.silvergraph.catalog.Product;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a link on its evidence and scores its gaps from {@link LinkFacts} with the configured
 * weights. Pure, so the ordering properties (more local producers never raise a gap's severity, more
 * leakage never lowers a LEAKAGE severity, no evidence never reads as MISSING) are tested without a
 * database.
 */
final class GapRules {

	private final ChainProperties config;

	GapRules(ChainProperties config) {
		this.config = config;
	}

	/** A scored gap of one kind. */
	record Scored(GapKind kind, double severity, List<Factor> factors) {
	}

	/** A link inferred along the product DAG: the product made in volume it leads to, its facts, and how it reads. */
	record Inference(Product product, LinkFacts facts, Reading reading) {
	}

	/** A link's status from its own evidence, the basis of it, and its weakness in [0, 1]. */
	record Reading(LinkStatus status, StatusBasis basis, double weakness) {
	}

	/** The status of a link, its basis, the inference it rests on (if any), and its gaps. */
	record Assessment(LinkStatus status, StatusBasis basis, @Nullable Inference inference, List<Scored> gaps) {

		@Nullable Scored gap(GapKind kind) {
			return gaps.stream().filter(g -> g.kind() == kind).findFirst().orElse(null);
		}

	}

	/**
	 * The status a link's own evidence gives, in this order: a cluster figure of weight (STRONG); named
	 * producers (two or more in production with capacity for local demand, or one with a share of weight:
	 * STRONG; else WEAK) or supplies of it by firms in scope (WEAK); a cluster figure without weight (WEAK); a recorded import with no production on
	 * record (MISSING); a development target with no production on record at any level (MISSING);
	 * otherwise UNKNOWN.
	 */
	Reading read(LinkFacts f) {
		var e = config.evidence();
		if (f.clusterShare() != null && f.clusterShare() >= e.weightShare()) {
			return new Reading(LinkStatus.STRONG, StatusBasis.CLUSTER_FIGURES, 0);
		}
		if (f.localProducers() > 0 || f.suppliedT() > 0) {
			// supplies of it by firms in scope with no producer named: made (or at least sold) by one firm on record
			double weakness = f.firmShare() != null && f.firmShare() >= e.weightShare() ? 0 : weakness(f);
			if (f.clusterFigure()) {
				// named producers next to a cluster figure: never weaker than the figure alone reads
				weakness = Math.min(weakness, clamp(e.figureWeakness()));
			}
			return new Reading(weakness > 0 ? LinkStatus.WEAK : LinkStatus.STRONG, StatusBasis.FIRM_RECORDS, weakness);
		}
		if (f.clusterFigure()) {
			return new Reading(LinkStatus.WEAK, StatusBasis.CLUSTER_FIGURES, clamp(e.figureWeakness()));
		}
		if (f.imports() > 0) {
			return new Reading(LinkStatus.MISSING, StatusBasis.FIRM_RECORDS, 0);
		}
		return new Reading(f.target() ? LinkStatus.MISSING : LinkStatus.UNKNOWN, StatusBasis.NONE, 0);
	}

	/** Made locally in volume: the reading finds it made, and an output figure (the cluster's or named firms') is on record. */
	static boolean volume(LinkFacts f, Reading reading) {
		return (reading.status() == LinkStatus.STRONG || reading.status() == LinkStatus.WEAK)
				&& (f.clusterFigure() || (f.localOutputT() != null && f.localOutputT() > 0));
	}

	/** The link's own evidence says whether it is made (anything but no evidence at all). */
	static boolean ownEvidence(Reading reading) {
		return reading.basis() != StatusBasis.NONE;
	}

	/**
	 * Status and gaps of a link, given what an inference along the DAG adds (null when none applies) and
	 * the coverage of the scope (named local firms / reported firm count; null when no count is on record).
	 */
	Assessment assess(LinkFacts f, @Nullable Inference inference, @Nullable Double coverage) {
		Reading own = read(f);
		// an inference applies where the link's own evidence says less: nothing, or weak where the inference is strong
		Reading reading = inference != null && f.imports() == 0 && (!ownEvidence(own)
				|| (own.status() == LinkStatus.WEAK && inference.reading().status() == LinkStatus.STRONG))
				? new Reading(inference.reading().status(), StatusBasis.INFERRED, inference.reading().weakness()) : own;
		LinkStatus status = reading.status();
		List<Scored> gaps = new ArrayList<>();
		List<Factor> importance = importance(f);
		double i = weightedMean(importance);
		Factor evidence = new Factor("evidence", evidenceMultiplier(reading.basis(), coverage), 1);
		if (status == LinkStatus.MISSING && (f.upstreamFirms() > 0 || f.target() || f.outputTarget() || f.imports() > 0)) {
			gaps.add(new Scored(GapKind.MISSING, clamp(i * evidence.value()), with(importance, evidence)));
		}
		if (status == LinkStatus.WEAK) {
			gaps.add(new Scored(GapKind.WEAK, clamp(i * reading.weakness() * evidence.value()),
					with(with(importance, new Factor("weakness", reading.weakness(), 1)), evidence)));
		}
		Double share = f.outsideShare();
		if (share != null && share > config.leakageThreshold()) {
			var s = config.severity();
			List<Factor> factors = List.of(new Factor("leakage", share, s.leakage()), stage(f),
					new Factor("target", f.processingTarget() || f.target() ? 1 : 0, s.target()));
			gaps.add(new Scored(GapKind.LEAKAGE, weightedMean(factors), factors));
		}
		if ((status == LinkStatus.STRONG || status == LinkStatus.WEAK) && f.localIp() == 0) {
			double factor = config.severity().innovationFactor();
			List<Factor> factors = with(importance, new Factor("innovation", factor, 1));
			double metal = 1;
			if (f.metalIp() > 0) {
				metal = clamp(1 - config.evidence().metalIpCredit());
				factors = with(factors, new Factor("metalIp", metal, 1));
			}
			gaps.add(new Scored(GapKind.INNOVATION, clamp(i * factor * metal * evidence.value()), with(factors, evidence)));
		}
		return new Assessment(status, reading.basis(), reading.basis() == StatusBasis.INFERRED ? inference : null,
				List.copyOf(gaps));
	}

	/** floor + (1 - floor) x the strength of the evidence of a basis (see {@link ChainProperties.Evidence}). */
	double evidenceMultiplier(StatusBasis basis, @Nullable Double coverage) {
		var e = config.evidence();
		double strength = switch (basis) {
			case FIRM_RECORDS -> 1;
			case CLUSTER_FIGURES -> e.clusterFigures();
			case INFERRED -> e.inferred();
			case NONE -> coverage == null ? e.unknownCoverage() : coverage;
		};
		double floor = clamp(e.floor());
		return clamp(floor + (1 - floor) * clamp(strength));
	}

	/**
	 * Weakness in [0, 1]: pilot only, or no producer named while firms in scope supply it (1: nothing is
	 * known of its capacity), one producer in production, or the capacity shortfall.
	 */
	double weakness(LinkFacts f) {
		double weakness = 0;
		if (f.productionProducers() == 0 && (f.pilotProducers() > 0 || f.suppliedT() > 0)) {
			weakness = 1;
		}
		else if (f.productionProducers() == 1) {
			weakness = config.severity().singleProducerWeakness();
		}
		double demand = demand(f);
		if (f.productionProducers() > 0 && demand > 0 && f.localCapacityT() != null && f.localCapacityT() < demand) {
			weakness = Math.max(weakness, 1 - f.localCapacityT() / demand);
		}
		return clamp(weakness);
	}

	/** Tonnes of the product local downstream firms consume. */
	double demand(LinkFacts f) {
		return f.downstreamT() * config.inputPerOutputT();
	}

	private List<Factor> importance(LinkFacts f) {
		var s = config.severity();
		double target = f.target() ? 1 : f.outputTarget() ? s.outputTargetCredit() : 0;
		double upstream = f.upstreamFirms() / (f.upstreamFirms() + s.upstreamHalf());
		return List.of(new Factor("target", target, s.target()), stage(f), new Factor("upstream", upstream, s.upstream()));
	}

	private Factor stage(LinkFacts f) {
		return new Factor("stage", f.lastOrder() > 0 ? clamp((double) f.stageOrder() / f.lastOrder()) : 0,
				config.severity().stage());
	}

	/** Σ weight × value / Σ weight, 0 when every weight is 0. */
	static double weightedMean(List<Factor> factors) {
		double sum = 0;
		double weights = 0;
		for (Factor factor : factors) {
			sum += factor.weight() * factor.value();
			weights += factor.weight();
		}
		return weights > 0 ? clamp(sum / weights) : 0;
	}

	private static List<Factor> with(List<Factor> factors, Factor extra) {
		List<Factor> all = new ArrayList<>(factors);
		all.add(extra);
		return List.copyOf(all);
	}

	static double clamp(double x) {
		return Math.max(0, Math.min(1, x));
	}

}
