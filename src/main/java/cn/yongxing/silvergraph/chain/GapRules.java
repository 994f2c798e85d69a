package cn.yongxing.silvergraph.chain;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Classifies a link and scores its gaps from {@link LinkFacts} with the configured weights. Pure, so
 * the ordering properties (more local producers never raise a gap's severity, more leakage never
 * lowers a LEAKAGE severity) are tested without a database.
 */
final class GapRules {

	private final ChainProperties config;

	GapRules(ChainProperties config) {
		this.config = config;
	}

	/** A scored gap of one kind. */
	record Scored(GapKind kind, double severity, List<Factor> factors) {
	}

	/** The status of a link and its gaps. */
	record Assessment(LinkStatus status, List<Scored> gaps) {

		@Nullable Scored gap(GapKind kind) {
			return gaps.stream().filter(g -> g.kind() == kind).findFirst().orElse(null);
		}

	}

	Assessment assess(LinkFacts f) {
		List<Scored> gaps = new ArrayList<>();
		List<Factor> importance = importance(f);
		double i = weightedMean(importance);
		double weakness = weakness(f);
		LinkStatus status = f.localProducers() == 0 ? LinkStatus.MISSING : weakness > 0 ? LinkStatus.WEAK : LinkStatus.STRONG;
		if (status == LinkStatus.MISSING && (f.upstreamFirms() > 0 || f.target() || f.outputTarget())) {
			gaps.add(new Scored(GapKind.MISSING, i, importance));
		}
		if (status == LinkStatus.WEAK) {
			gaps.add(new Scored(GapKind.WEAK, clamp(i * weakness), with(importance, new Factor("weakness", weakness, 1))));
		}
		Double share = f.outsideShare();
		if (share != null && share > config.leakageThreshold()) {
			var s = config.severity();
			List<Factor> factors = List.of(new Factor("leakage", share, s.leakage()), stage(f),
					new Factor("target", f.processingTarget() || f.target() ? 1 : 0, s.target()));
			gaps.add(new Scored(GapKind.LEAKAGE, weightedMean(factors), factors));
		}
		if (f.localProducers() > 0 && f.localIp() == 0) {
			double factor = config.severity().innovationFactor();
			gaps.add(new Scored(GapKind.INNOVATION, clamp(i * factor), with(importance, new Factor("innovation", factor, 1))));
		}
		return new Assessment(status, List.copyOf(gaps));
	}

	/** Weakness in [0, 1]: pilot only (1), one producer in production, or the capacity shortfall. */
	double weakness(LinkFacts f) {
		double weakness = 0;
		if (f.productionProducers() == 0 && f.pilotProducers() > 0) {
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
