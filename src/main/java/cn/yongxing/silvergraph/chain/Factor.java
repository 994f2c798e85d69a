package cn.yongxing.silvergraph.chain;

/**
 * One term of a severity or a score: a factor value in [0, 1] and its configured weight.
 *
 * @param name factor name, as in the README
 * @param value factor value in [0, 1]
 * @param weight configured weight (a multiplier when the formula multiplies)
 */
public record Factor(String name, double value, double weight) {
}
