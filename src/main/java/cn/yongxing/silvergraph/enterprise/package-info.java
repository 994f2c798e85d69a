/**
 * Enterprises and their relations: products, materials, patents, standards, partners, suppliers, customers, designations.
 */
@NullMarked
package cn.yongxing.silvergraph.enterprise;

import org.jspecify.annotations.NullMarked;
