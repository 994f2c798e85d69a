/**
 * Runtime wiring: the embedded Neo4j server (the only place that touches the database management
 * API) or the connection to an external one, and GraphQL infrastructure shared by all features.
 */
@NullMarked
package cn.yongxing.silvergraph.config;

import org.jspecify.annotations.NullMarked;
