/**
 * Schema migrations: versioned {@code .cypher} files under {@code db/migrations}, applied in order
 * at start-up, each exactly once, and recorded in the graph as {@code :__Migration} nodes.
 */
@NullMarked
package cn.yongxing.silvergraph.migrations;

import org.jspecify.annotations.NullMarked;
