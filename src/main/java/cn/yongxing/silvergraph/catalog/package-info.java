/**
 * Catalog of the things the cluster works with: metals, products (the FEEDS product DAG), waste
 * materials, patents, standards, institutions, projects, platforms and designations.
 */
@NullMarked
package cn.yongxing.silvergraph.catalog;

import org.jspecify.annotations.NullMarked;
