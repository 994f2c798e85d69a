/**
 * "Little giant" (专精特新) candidates: quality-SME rule sets as data files, a generic engine that
 * evaluates them against facts gathered from the graph, and the API that ranks local enterprises.
 */
@NullMarked
package cn.yongxing.silvergraph.giant;

import org.jspecify.annotations.NullMarked;
