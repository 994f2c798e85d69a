package cn.yongxing.silvergraph.chain;

import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The gap rules with the default weights: worked examples, and the ordering properties checked on
 * thousands of generated links (a fixed seed, so a failure is reproducible).
 */
class GapRulesTests {

	private static final int TRIES = 5_000;

	private final GapRules rules = new GapRules(ChainProperties.defaults());

	@Test
	void scoresAMissingTargetedDeepProcessingLinkByTargetStageUpstreamFirmsAndCoverage() {
		// target 1 (w 2), stage 6/7 (w 1), one upstream firm 1/2 (w 1): I = (2 + 0.857 + 0.5) / 4 = 0.8393.
		// Nothing on record at any level, 7 of 30 firms named: evidence 0.5 + 0.5 * 7/30 = 0.61667 -> 0.51756.
		var facts = facts(6, 0, 0, null, null, 1, 0, 0, 0, 0, true, false, false);
		var assessment = rules.assess(facts, null, 7 / 30.0);
		assertThat(assessment.status()).isEqualTo(LinkStatus.MISSING);
		assertThat(assessment.basis()).isEqualTo(StatusBasis.NONE);
		assertThat(assessment.gap(GapKind.MISSING).severity()).isCloseTo((2 + 6 / 7.0 + 0.5) / 4 * (0.5 + 0.5 * 7 / 30.0),
				within(1e-9));
		// the same gap on a recorded import rests on records: the full importance
		var imported = with(facts, 1, 0, null, null, null);
		assertThat(rules.assess(imported, null, 7 / 30.0).gap(GapKind.MISSING).severity())
			.isCloseTo((2 + 6 / 7.0 + 0.5) / 4, within(1e-9));
		assertThat(rules.assess(imported, null, 7 / 30.0).basis()).isEqualTo(StatusBasis.FIRM_RECORDS);
	}

	@Test
	void readsALinkWithNoEvidenceAsUnknownWithNoGapEvenWithLocalFirmsUpstream() {
		var assessment = rules.assess(facts(3, 0, 0, null, null, 2, 0, 0, 0, 0, false, true, false), null, 7 / 30.0);
		assertThat(assessment.status()).isEqualTo(LinkStatus.UNKNOWN);
		assertThat(assessment.basis()).isEqualTo(StatusBasis.NONE);
		assertThat(assessment.gaps()).isEmpty();
	}

	@Test
	void readsAClusterFigureOfWeightWithNoNamedProducerAsStrongAndOneWithoutWeightAsWeakNeverMissing() {
		var weighty = with(facts(5, 0, 0, null, null, 0, 0, 0, 0, 1, true, false, false), 0, 0, 0.179, "NATIONAL", 4820.0);
		var a = rules.assess(weighty, null, 7 / 30.0);
		assertThat(a.status()).isEqualTo(LinkStatus.STRONG);
		assertThat(a.basis()).isEqualTo(StatusBasis.CLUSTER_FIGURES);
		assertThat(a.gaps()).isEmpty();
		// output only, no share: WEAK on the figure (weakness 0.5), I = (2*1 + 5/7 + 0) / 4, evidence 0.5 + 0.5 * 0.8 = 0.9
		var outputOnly = with(facts(5, 0, 0, null, null, 0, 0, 0, 0, 1, true, false, false), 0, 0, null, null, 10.0);
		var b = rules.assess(outputOnly, null, 7 / 30.0);
		assertThat(b.status()).isEqualTo(LinkStatus.WEAK);
		assertThat(b.basis()).isEqualTo(StatusBasis.CLUSTER_FIGURES);
		assertThat(b.gap(GapKind.WEAK).severity()).isCloseTo((2 + 5 / 7.0) / 4 * 0.5 * 0.9, within(1e-9));
	}

	@Test
	void readsASingleNamedProducerNextToAFigureOfNationalWeightAsStrong() {
		var facts = with(facts(5, 1, 0, null, null, 0, 0, 0, 0, 1, false, false, false), 0, 0, 0.179, "NATIONAL", 4820.0);
		assertThat(rules.assess(facts, null, null).status()).isEqualTo(LinkStatus.STRONG);
		var alone = facts(5, 1, 0, null, null, 0, 0, 0, 0, 1, false, false, false);
		assertThat(rules.assess(alone, null, null).status()).isEqualTo(LinkStatus.WEAK);
	}

	@Test
	void takesTheStatusOfTheProductItIsInferredFromScoredAsAnInferenceAndARecordedImportOverridesIt() {
		var ingot = with(facts(5, 0, 0, null, null, 0, 0, 0, 0, 1, false, false, false), 0, 0, null, null, 10.0);
		var inference = new GapRules.Inference(product("ingot"), ingot, rules.read(ingot));
		var dore = facts(3, 0, 0, null, null, 0, 0, 0, 0, 0, false, false, false);
		var a = rules.assess(dore, inference, null);
		assertThat(a.status()).isEqualTo(LinkStatus.WEAK);
		assertThat(a.basis()).isEqualTo(StatusBasis.INFERRED);
		assertThat(a.inference()).isEqualTo(inference);
		// I = 3/7 / 4; weakness 0.5 (the ingot's); evidence 0.5 + 0.5 * 0.5 = 0.75
		assertThat(a.gap(GapKind.WEAK).severity()).isCloseTo(3 / 7.0 / 4 * 0.5 * 0.75, within(1e-9));
		var imported = rules.assess(with(dore, 1, 20, null, null, null), inference, null);
		assertThat(imported.basis()).isEqualTo(StatusBasis.FIRM_RECORDS);
		assertThat(imported.inference()).isNull();
		assertThat(imported.status()).isEqualTo(LinkStatus.MISSING);
	}

	@Test
	void creditsPatentsAndStandardsOnTheMetalAsAWholeInAnInnovationGap() {
		var none = facts(5, 2, 0, null, null, 0, 0, 0, 0, 0, false, false, false);
		double plain = rules.assess(none, null, null).gap(GapKind.INNOVATION).severity();
		var metal = new LinkFacts(5, 7, 2, 0, null, null, 0, 0, 0, 0, 0, 0, 0, null, null, null, null, 0, 1, false, false,
				false);
		assertThat(rules.assess(metal, null, null).gap(GapKind.INNOVATION).severity()).isCloseTo(plain * 0.5, within(1e-9));
	}

	@Test
	void ratesAPilotOnlyLinkWeakWithFullWeakness() {
		var assessment = rules.assess(facts(6, 0, 1, null, null, 0, 0, 0, 0, 0, true, false, false), null, null);
		assertThat(assessment.status()).isEqualTo(LinkStatus.WEAK);
		assertThat(assessment.gap(GapKind.WEAK).severity()).isCloseTo((2 + 6 / 7.0) / 4, within(1e-9));
	}

	@Test
	void ratesTwoProducersWithEnoughCapacityStrong() {
		var assessment = rules.assess(facts(5, 2, 0, 200.0, null, 0, 150, 0, 0, 1, false, false, false), null, null);
		assertThat(assessment.status()).isEqualTo(LinkStatus.STRONG);
		assertThat(assessment.gaps()).isEmpty();
	}

	@Test
	void addingALocalProducerNeverRaisesTheSeverityOfAGapOnThatLinkOnEvidenceOfTheSameStrength() {
		// Stronger evidence may raise a severity (a gap on records outranks the same gap on an inference or on
		// what is not on record), so a severity is compared with the one before at the evidence the link has after.
		Random random = new Random(20231);
		for (int i = 0; i < TRIES; i++) {
			LinkFacts before = randomFacts(random);
			LinkFacts after = withOneMoreProducer(before, random);
			var b = rules.assess(before, null, 0.3);
			var a = rules.assess(after, null, 0.3);
			double rescale = rules.evidenceMultiplier(a.basis(), 0.3) / rules.evidenceMultiplier(b.basis(), 0.3);
			for (var gap : b.gaps()) {
				assertThat(severity(a, gap.kind())).as("%s gap after adding a producer to %s -> %s", gap.kind(), before, after)
					.isLessThanOrEqualTo(Math.min(1, gap.severity() * rescale) + 1e-12);
			}
			// a MISSING link that gets its first producer becomes at most as severe a WEAK one
			if (b.gap(GapKind.MISSING) != null) {
				assertThat(severity(a, GapKind.WEAK)).isLessThanOrEqualTo(Math.min(1, b.gap(GapKind.MISSING).severity() * rescale) + 1e-12);
			}
		}
	}

	@Test
	void neverReadsALinkAsMissingWithoutAnImportOrATargetNorAsMadeWithoutEvidenceOfProduction() {
		Random random = new Random(20234);
		for (int i = 0; i < TRIES; i++) {
			LinkFacts f = randomFacts(random);
			var a = rules.assess(f, null, random.nextBoolean() ? null : random.nextDouble());
			if (a.status() == LinkStatus.MISSING) {
				assertThat(f.imports() > 0 || f.target()).as("%s", f).isTrue();
				assertThat(f.localProducers() == 0 && f.suppliedT() == 0 && !f.clusterFigure()).as("%s", f).isTrue();
			}
			if (a.status() == LinkStatus.STRONG || a.status() == LinkStatus.WEAK) {
				assertThat(f.localProducers() > 0 || f.suppliedT() > 0 || f.clusterFigure()).as("%s", f).isTrue();
			}
			if (a.status() == LinkStatus.UNKNOWN) {
				assertThat(a.gaps()).isEmpty();
			}
		}
	}

	@Test
	void addingOutsideLeakageNeverLowersALeakageSeverity() {
		Random random = new Random(20232);
		for (int i = 0; i < TRIES; i++) {
			LinkFacts before = randomFacts(random);
			double more = 1 + random.nextInt(300);
			LinkFacts after = new LinkFacts(before.stageOrder(), before.lastOrder(), before.productionProducers(),
					before.pilotProducers(), before.localCapacityT(), before.localOutputT(), before.outsideProducers(),
					before.upstreamFirms(), before.downstreamT(), before.suppliedT() + more, before.outsideSuppliedT() + more,
					before.imports(), before.importedT(), before.clusterShare(), before.clusterShareScope(),
					before.clusterOutputT(), before.firmShare(), before.localIp(), before.metalIp(), before.target(),
					before.outputTarget(), before.processingTarget());
			assertThat(severity(rules.assess(after, null, null), GapKind.LEAKAGE)).as("%s -> %s", before, after)
				.isGreaterThanOrEqualTo(severity(rules.assess(before, null, null), GapKind.LEAKAGE) - 1e-12);
		}
	}

	@Test
	void keepsEverySeverityWithinZeroAndOne() {
		Random random = new Random(20233);
		for (int i = 0; i < TRIES; i++) {
			for (var gap : rules.assess(randomFacts(random), null, random.nextDouble()).gaps()) {
				assertThat(gap.severity()).isBetween(0.0, 1.0);
			}
		}
	}

	private static double severity(GapRules.Assessment assessment, GapKind kind) {
		var gap = assessment.gap(kind);
		return gap == null ? 0 : gap.severity();
	}

	private static LinkFacts facts(int stage, int production, int pilot, @Nullable Double capacity, @Nullable Double output,
			int upstream, double downstream, double supplied, double outside, int ip, boolean target, boolean outputTarget,
			boolean processingTarget) {
		return new LinkFacts(stage, 7, production, pilot, capacity, output, 0, upstream, downstream, supplied, outside, 0, 0,
				null, null, null, null, ip, 0, target, outputTarget, processingTarget);
	}

	/** The same link with imports and cluster figures. */
	private static LinkFacts with(LinkFacts f, int imports, double importedT, @Nullable Double share, @Nullable String scope,
			@Nullable Double output) {
		return new LinkFacts(f.stageOrder(), f.lastOrder(), f.productionProducers(), f.pilotProducers(), f.localCapacityT(),
				f.localOutputT(), f.outsideProducers(), f.upstreamFirms(), f.downstreamT(), f.suppliedT(), f.outsideSuppliedT(),
				imports, importedT, share, scope, output, f.firmShare(), f.localIp(), f.metalIp(), f.target(), f.outputTarget(),
				f.processingTarget());
	}

	private static cn.yongxing.silvergraph.catalog.Product product(String key) {
		return new cn.yongxing.silvergraph.catalog.Product(key, key, key, null, "TEMPLATE");
	}

	static LinkFacts randomFacts(Random r) {
		int production = r.nextInt(4);
		Double capacity = production > 0 && r.nextBoolean() ? (double) r.nextInt(500) : null;
		Double output = r.nextBoolean() ? (double) r.nextInt(500) : null;
		double supplied = r.nextBoolean() ? r.nextInt(500) : 0;
		double outside = supplied * r.nextDouble();
		int imports = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0;
		Double share = r.nextInt(4) == 0 ? r.nextDouble() * 0.3 : null;
		Double clusterOutput = r.nextInt(4) == 0 ? (double) r.nextInt(5000) : null;
		Double firmShare = production > 0 && r.nextInt(4) == 0 ? r.nextDouble() * 0.2 : null;
		return new LinkFacts(1 + r.nextInt(7), 7, production, r.nextInt(3), capacity, output, r.nextInt(4), r.nextInt(6),
				r.nextBoolean() ? r.nextInt(1000) : 0, supplied, outside, imports, imports * r.nextInt(100), share,
				share == null ? null : "NATIONAL", clusterOutput, firmShare, r.nextInt(3), r.nextInt(2), r.nextBoolean(),
				r.nextBoolean(), r.nextBoolean());
	}

	/** The same link with one more local producer, in production or at pilot stage, with or without figures. */
	private static LinkFacts withOneMoreProducer(LinkFacts f, Random r) {
		boolean inProduction = r.nextBoolean();
		Double capacity = r.nextBoolean() ? (double) r.nextInt(500) : null;
		Double output = r.nextBoolean() ? (double) r.nextInt(500) : null;
		Double newCapacity = f.localCapacityT();
		int production = f.productionProducers();
		int pilot = f.pilotProducers();
		if (inProduction) {
			Double figure = capacity != null ? capacity : output;
			if (production == 0) {
				newCapacity = figure;
			}
			else if (f.localCapacityT() == null || figure == null) {
				newCapacity = null;
			}
			else {
				newCapacity = f.localCapacityT() + figure;
			}
			production++;
		}
		else {
			pilot++;
		}
		Double newOutput = f.localOutputT();
		if (output != null) {
			newOutput = (newOutput == null ? 0 : newOutput) + output;
		}
		return new LinkFacts(f.stageOrder(), f.lastOrder(), production, pilot, newCapacity, newOutput, f.outsideProducers(),
				f.upstreamFirms(), f.downstreamT(), f.suppliedT(), f.outsideSuppliedT(), f.imports(), f.importedT(),
				f.clusterShare(), f.clusterShareScope(), f.clusterOutputT(), f.firmShare(), f.localIp(), f.metalIp(),
				f.target(), f.outputTarget(), f.processingTarget());
	}

}
