/**
 * Industry chains: stages in order, products per stage with their local and outside producers.
 */
@NullMarked
package cn.yongxing.silvergraph.chain;

import org.jspecify.annotations.NullMarked;
