package cn.yongxing.silvergraph.giant;

import java.util.List;

import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/**
 * One metric of one enterprise in one year, as the engine sees it: the value (null = UNKNOWN), how to
 * show it, where it comes from, and (when unknown) what to collect to settle it.
 *
 * @param value the value (booleans as 1/0), null when the graph does not know it
 * @param display the value for people, e.g. "2.4%" or "withheld"; empty for the unit's format (or "unknown")
 * @param basis how the value was derived and from which records
 * @param sources documents behind the value
 * @param collect what to collect when unknown, e.g. "the 2023 balance sheet"
 * @param sensitive whether the value is a financial figure (analyst role)
 */
record Fact(@Nullable Double value, String display, @Nullable String basis, List<Source> sources,
		@Nullable String collect, boolean sensitive) {

	/** What a caller who may not see financial figures is told to collect instead of them. */
	static String withheldCollect(Lang lang) {
		return lang.pick("financial figures (withheld: they need the ANALYST role)", "财务数据（已隐去：需分析员权限）");
	}

	static Fact unknown(String collect, boolean sensitive) {
		return new Fact(null, "", null, List.of(), collect, sensitive);
	}

	/**
	 * A financial fact as a caller below ANALYST gets it, whatever the graph holds: unknown, the same
	 * for an enterprise with figures and one without, so nothing computed from it tells them apart.
	 */
	static Fact withheld(Lang lang) {
		return new Fact(null, lang.pick("withheld", "已隐去"), null, List.of(), withheldCollect(lang), true);
	}

	boolean isKnown() {
		return value != null;
	}

	/** The value for people, in the metric's unit unless the fact says otherwise. */
	String shown(Metric metric, Lang lang) {
		if (value == null) {
			return display.isEmpty() ? lang.pick("unknown", "未知") : display;
		}
		return !display.isEmpty() ? display : metric.unit.format(value, lang);
	}

}
