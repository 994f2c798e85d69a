package cn.yongxing.silvergraph.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.yongxing.silvergraph.catalog.ReportedFigures.Reading;
import cn.yongxing.silvergraph.catalog.ReportedFigures.Verdict;
import org.junit.jupiter.api.Test;

/** Figures of one quantity side by side: flagged where they disagree, ranked by the documented precedence. */
class ReportedFiguresTests {

	record Fig(String quantity, Reading reading) {
	}

	private static List<Verdict> judge(Fig... figs) {
		return ReportedFigures.judge(List.of(figs), Fig::quantity, Fig::reading);
	}

	@Test
	void flagsEveryFigureOfAQuantityWhenTheirValuesDiffer() {
		var verdicts = judge(new Fig("ag-2022", new Reading(4820, "high-purity silver", "EXACT", "2023-09-08", "article")),
				new Fig("ag-2022", new Reading(4220, null, "EXACT", "2023-11-28", "press")),
				new Fig("bi-2022", new Reading(4800, null, "EXACT", "2023-09-08", "article")));
		assertThat(verdicts.get(0).conflicting()).isTrue();
		assertThat(verdicts.get(0).rivals()).containsExactly(1);
		assertThat(verdicts.get(1).rivals()).containsExactly(0);
		assertThat(verdicts.get(2)).isEqualTo(Verdict.ALONE);
	}

	@Test
	void prefersTheMoreSpecificDefinitionOverTheNewerReport() {
		var verdicts = judge(new Fig("q", new Reading(4820, "high-purity silver", "EXACT", "2023-09-08", "article")),
				new Fig("q", new Reading(4220, null, "EXACT", "2023-11-28", "press")));
		assertThat(verdicts).extracting(Verdict::preferred).containsExactly(true, false);
		assertThat(verdicts).extracting(Verdict::rank).containsExactly(1, 2);
	}

	@Test
	void prefersTheNewerReportWhenDefinitionsAreEquallySpecific() {
		var verdicts = judge(new Fig("q", new Reading(30, null, "APPROX", "2023-11-28", "press")),
				new Fig("q", new Reading(100, null, "OVER", "2008-07-22", "old")),
				new Fig("q", new Reading(28, null, "EXACT", null, "undated")));
		assertThat(verdicts).extracting(Verdict::rank).containsExactly(1, 2, 3);
	}

	@Test
	void prefersAnExactFigureWhenDefinitionAndDateAreTheSame() {
		var verdicts = judge(new Fig("q", new Reading(10, null, "APPROX", "2023", "a")),
				new Fig("q", new Reading(11, null, "EXACT", "2023", "b")));
		assertThat(verdicts).extracting(Verdict::preferred).containsExactly(false, true);
	}

	@Test
	void keepsAgreeingFiguresUnflaggedButStillRanksThem() {
		var verdicts = judge(new Fig("q", new Reading(30, null, "EXACT", "2023-09-08", "a")),
				new Fig("q", new Reading(30, null, "EXACT", "2023-11-28", "b")));
		assertThat(verdicts).extracting(Verdict::conflicting).containsExactly(false, false);
		assertThat(verdicts).extracting(Verdict::preferred).containsExactly(false, true);
	}

	@Test
	void comparesNothingForAFigureWithoutAQuantity() {
		var verdicts = ReportedFigures.judge(List.of(1, 2), i -> null, i -> new Reading(i, null, null, null, "s" + i));
		assertThat(verdicts).containsOnly(Verdict.ALONE);
	}

	/** A judged figure as a record holds it: its verdict and its rivals, judged themselves. */
	record Judged(Fig fig, Verdict verdict, List<Judged> rivals) {
	}

	@Test
	void givesTheRivalsTheirOwnVerdictsAtEveryLevelAQueryCanReach() {
		List<Fig> figs = List.of(new Fig("q", new Reading(4820, "high-purity silver", "EXACT", "2023-09-08", "article")),
				new Fig("q", new Reading(4220, null, "EXACT", "2023-11-28", "press")));
		List<Judged> judged = ReportedFigures.apply(figs.stream().map(f -> new Judged(f, Verdict.ALONE, List.of())).toList(),
				j -> j.fig().quantity(), j -> j.fig().reading(), (j, v, rivals) -> new Judged(j.fig(), v, rivals));
		Judged preferred = judged.get(0);
		assertThat(preferred.verdict().rank()).isEqualTo(1);
		// preferred → its rival → its rival (the preferred again) → …, as deep as a query may nest
		Judged at = preferred;
		for (int level = 0; level < ReportedFigures.JUDGED_LEVELS - 1; level++) {
			Judged rival = at.rivals().getFirst();
			assertThat(rival.verdict().rank()).as("level " + level).isEqualTo(level % 2 == 0 ? 2 : 1);
			assertThat(rival.verdict().preferred()).isEqualTo(level % 2 != 0);
			assertThat(rival.rivals()).as("level " + level).hasSize(1);
			at = rival;
		}
	}

}
