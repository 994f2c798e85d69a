/**
 * Protection of the service against expensive or hostile requests and a failing database: query
 * limits (depth, complexity, page size, aliases, tokens), per-client rate limits, and the mapping of
 * database timeouts and outages to TIMEOUT and UNAVAILABLE errors.
 */
@NullMarked
package cn.yongxing.silvergraph.hardening;

import org.jspecify.annotations.NullMarked;
