package cn.yongxing.silvergraph.giant;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the values of a metric are written for people. */
enum Unit {

	PERCENT, YUAN, COUNT, YEARS, BOOLEAN, LEVEL, POINTS;

	String format(double v) {
		return format(v, Lang.EN);
	}

	/** The value for people in a language: "50 M yuan" / "5000万元", "3 years" / "3年". */
	String format(double v, Lang l) {
		return switch (this) {
			case PERCENT -> plain(v * 100, 2) + "%";
			case YUAN -> l == Lang.ZH ? plain(v / 10_000, 2) + "万元" : plain(v / 1_000_000, 2) + " M yuan";
			case COUNT -> l.pick(plain(v, 0), plain(v, 0) + "项");
			case YEARS -> l.pick(plain(v, 0) + (v == 1 ? " year" : " years"), plain(v, 0) + "年");
			case BOOLEAN -> v > 0 ? l.pick("yes", "是") : l.pick("no", "否");
			case LEVEL -> switch ((int) Math.round(v)) {
				case 4 -> l.pick("national", "国家级");
				case 3 -> l.pick("provincial", "省级");
				case 2 -> l.pick("city", "市级");
				case 1 -> l.pick("below city / level not recorded", "市级以下或级别未记录");
				default -> l.pick("none", "无");
			};
			case POINTS -> l.pick(plain(v, 1) + (v == 1 ? " point" : " points"), plain(v, 1) + "分");
		};
	}

	static String plain(double v, int scale) {
		return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
