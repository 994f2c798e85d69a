/**
 * Ingest: the dataset format of {@code seed/} (CSV, one file per node or relationship type), its
 * validation, and the transactional, idempotent importer that loads the seed and any other dataset.
 */
@NullMarked
package cn.yongxing.silvergraph.ingest;

import org.jspecify.annotations.NullMarked;
