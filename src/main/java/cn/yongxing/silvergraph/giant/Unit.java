package cn.yongxing.silvergraph.giant;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the values of a metric are written for people. */
enum Unit {

	PERCENT, YUAN, COUNT, YEARS, BOOLEAN, LEVEL, POINTS;

	String format(double v) {
		return switch (this) {
			case PERCENT -> plain(v * 100, 2) + "%";
			case YUAN -> plain(v / 1_000_000, 2) + " M yuan";
			case COUNT -> plain(v, 0);
			case YEARS -> plain(v, 0) + (v == 1 ? " year" : " years");
			case BOOLEAN -> v > 0 ? "yes" : "no";
			case LEVEL -> switch ((int) Math.round(v)) {
				case 4 -> "national";
				case 3 -> "provincial";
				case 2 -> "city";
				case 1 -> "below city / level not recorded";
				default -> "none";
			};
			case POINTS -> plain(v, 1) + (v == 1 ? " point" : " points");
		};
	}

	static String plain(double v, int scale) {
		return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
