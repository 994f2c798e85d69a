/**
 * Synthetic clusters for scale tests and benchmarks: a deterministic generator of datasets in the
 * seed format, built on the seed's chains, products and materials and marked with a Source of kind
 * SYNTHETIC. Never writes into {@code seed/}.
 */
package cn.yongxing.silvergraph.synthetic;
