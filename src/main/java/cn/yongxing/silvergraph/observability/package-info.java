/**
 * What operators see: a request id in every log line and response ({@code X-Request-Id}), a log of
 * slow GraphQL operations by name, and (configured in {@code application.yml}) Micrometer metrics
 * for GraphQL requests, data fetchers and Cypher statements on the Prometheus endpoint.
 */
@NullMarked
package cn.yongxing.silvergraph.observability;

import org.jspecify.annotations.NullMarked;
