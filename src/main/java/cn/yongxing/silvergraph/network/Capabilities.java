package cn.yongxing.silvergraph.network;

/**
 * What the connected database can do.
 *
 * @param gds whether the Graph Data Science procedures are installed (analytics need them)
 */
public record Capabilities(boolean gds) {
}
