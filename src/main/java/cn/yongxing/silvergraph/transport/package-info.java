/**
 * GraphQL over HTTP beyond Spring's POST handler: GET for queries (never mutations), automatic
 * persisted queries (a SHA-256 hash instead of the document, so GET reads can be cached by HTTP
 * caches) and an optional allow-list mode that runs only registered documents.
 */
@NullMarked
package cn.yongxing.silvergraph.transport;

import org.jspecify.annotations.NullMarked;
