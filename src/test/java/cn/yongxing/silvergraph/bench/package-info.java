/**
 * The side-by-side benchmark ({@code mvn -Pbench verify}, see README): our GraphQL endpoint, the
 * Neo4j GraphQL Library on Apollo Server and hand-written Cypher over the same embedded Neo4j, on a
 * generated synthetic cluster. A program that prints figures, not a test; its harness is smoke-run by
 * {@code BenchmarkHarnessIT} at a tiny scale without the npm peer.
 */
package cn.yongxing.silvergraph.bench;
