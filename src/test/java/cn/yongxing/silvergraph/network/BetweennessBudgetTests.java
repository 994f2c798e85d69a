package cn.yongxing.silvergraph.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** How many betweenness sources fit in what is left of the budget, and the bounds of the settings. */
class BetweennessBudgetTests {

	private static final NetworkProperties LIMITS = new NetworkProperties(2, 3, 500, 6, 2000, Duration.ofSeconds(4), 32);

	@Test
	void takesAsManySourcesAsTheRestOfTheBudgetHoldsUpToTheExactLimit() {
		// 3.5 s left at 35 ms a source (scale 100 on this machine): 100 fit, the power of two below is 64
		assertThat(PartnerNetworks.sourcesWithin(LIMITS, 3_500_000_000L, 35_000_000)).isEqualTo(64);
		assertThat(PartnerNetworks.sourcesWithin(LIMITS, 3_400_000_000L, 35_000_000)).isEqualTo(64);
		assertThat(PartnerNetworks.sourcesWithin(LIMITS, 4_480_000_000L, 35_000_000)).isEqualTo(128);
		// 1,999 fit: 1,024; 2,000 fit: the limit
		assertThat(PartnerNetworks.sourcesWithin(LIMITS, 1_999_000_000L, 1_000_000)).isEqualTo(1024);
		assertThat(PartnerNetworks.sourcesWithin(LIMITS, 2_000_000_000L, 1_000_000)).isEqualTo(2000);
		// 1 ms a source: 3,500 would fit, the limit is 2,000
		assertThat(PartnerNetworks.sourcesWithin(LIMITS, 3_500_000_000L, 1_000_000)).isEqualTo(2000);
		// the pilot used up the budget: none more (the pilot's estimate stands)
		assertThat(PartnerNetworks.sourcesWithin(LIMITS, 0, 35_000_000)).isZero();
		assertThat(PartnerNetworks.sourcesWithin(LIMITS, -5, 35_000_000)).isZero();
		// a pilot too fast to measure does not divide by zero
		assertThat(PartnerNetworks.sourcesWithin(LIMITS, 1_000, 0)).isEqualTo(512);
	}

	@Test
	void writesAnEstimateToTwoSignificantFigures() {
		assertThat(PartnerNetworks.twoFigures(1_234_567.8)).isEqualTo("1200000");
		assertThat(PartnerNetworks.twoFigures(0.04567)).isEqualTo("0.046");
		assertThat(PartnerNetworks.twoFigures(98)).isEqualTo("98");
	}

	@Test
	void refusesAPilotLargerThanTheExactLimitOrANegativeBudget() {
		assertThatThrownBy(() -> new NetworkProperties(2, 3, 500, 6, 10, Duration.ofSeconds(4), 11))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("betweenness-pilot (11)");
		assertThatThrownBy(() -> new NetworkProperties(2, 3, 500, 6, 2000, Duration.ofSeconds(-1), 32))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("betweenness-budget");
	}

}
