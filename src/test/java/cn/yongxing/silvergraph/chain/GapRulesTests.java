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
	void scoresAMissingTargetedDeepProcessingLinkByTargetStageAndUpstreamFirms() {
		// target 1 (w 2), stage 6/7 (w 1), one upstream firm 1/2 (w 1): (2 + 0.857 + 0.5) / 4 = 0.8393
		var facts = facts(6, 0, 0, null, null, 1, 0, 0, 0, 0, true, false, false);
		var gap = rules.assess(facts).gap(GapKind.MISSING);
		assertThat(gap).isNotNull();
		assertThat(gap.severity()).isCloseTo((2 + 6 / 7.0 + 0.5) / 4, within(1e-9));
		assertThat(rules.assess(facts).status()).isEqualTo(LinkStatus.MISSING);
	}

	@Test
	void reportsNoMissingGapWithoutLocalInputsOrTargets() {
		var assessment = rules.assess(facts(3, 0, 0, null, null, 0, 0, 0, 0, 0, false, false, false));
		assertThat(assessment.status()).isEqualTo(LinkStatus.MISSING);
		assertThat(assessment.gaps()).isEmpty();
	}

	@Test
	void ratesAPilotOnlyLinkWeakWithFullWeakness() {
		var assessment = rules.assess(facts(6, 0, 1, null, null, 0, 0, 0, 0, 0, true, false, false));
		assertThat(assessment.status()).isEqualTo(LinkStatus.WEAK);
		assertThat(assessment.gap(GapKind.WEAK).severity()).isCloseTo((2 + 6 / 7.0) / 4, within(1e-9));
	}

	@Test
	void ratesTwoProducersWithEnoughCapacityStrong() {
		var assessment = rules.assess(facts(5, 2, 0, 200.0, null, 0, 150, 0, 0, 1, false, false, false));
		assertThat(assessment.status()).isEqualTo(LinkStatus.STRONG);
		assertThat(assessment.gaps()).isEmpty();
	}

	@Test
	void addingALocalProducerNeverRaisesTheSeverityOfAGapOnThatLink() {
		Random random = new Random(20231);
		for (int i = 0; i < TRIES; i++) {
			LinkFacts before = randomFacts(random);
			LinkFacts after = withOneMoreProducer(before, random);
			var b = rules.assess(before);
			var a = rules.assess(after);
			for (var gap : b.gaps()) {
				assertThat(severity(a, gap.kind())).as("%s gap after adding a producer to %s -> %s", gap.kind(), before, after)
					.isLessThanOrEqualTo(gap.severity() + 1e-12);
			}
			// a MISSING link that gets its first producer becomes at most as severe a WEAK one
			if (b.gap(GapKind.MISSING) != null) {
				assertThat(severity(a, GapKind.WEAK)).isLessThanOrEqualTo(b.gap(GapKind.MISSING).severity() + 1e-12);
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
					before.localIp(), before.target(), before.outputTarget(), before.processingTarget());
			assertThat(severity(rules.assess(after), GapKind.LEAKAGE)).as("%s -> %s", before, after)
				.isGreaterThanOrEqualTo(severity(rules.assess(before), GapKind.LEAKAGE) - 1e-12);
		}
	}

	@Test
	void keepsEverySeverityWithinZeroAndOne() {
		Random random = new Random(20233);
		for (int i = 0; i < TRIES; i++) {
			for (var gap : rules.assess(randomFacts(random)).gaps()) {
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
		return new LinkFacts(stage, 7, production, pilot, capacity, output, 0, upstream, downstream, supplied, outside, ip,
				target, outputTarget, processingTarget);
	}

	private static LinkFacts randomFacts(Random r) {
		int production = r.nextInt(4);
		Double capacity = production > 0 && r.nextBoolean() ? (double) r.nextInt(500) : null;
		Double output = r.nextBoolean() ? (double) r.nextInt(500) : null;
		double supplied = r.nextBoolean() ? r.nextInt(500) : 0;
		double outside = supplied * r.nextDouble();
		return new LinkFacts(1 + r.nextInt(7), 7, production, r.nextInt(3), capacity, output, r.nextInt(4), r.nextInt(6),
				r.nextBoolean() ? r.nextInt(1000) : 0, supplied, outside, r.nextInt(3), r.nextBoolean(), r.nextBoolean(),
				r.nextBoolean());
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
				f.upstreamFirms(), f.downstreamT(), f.suppliedT(), f.outsideSuppliedT(), f.localIp(), f.target(),
				f.outputTarget(), f.processingTarget());
	}

}
