/**
 * Search across enterprises, institutions, patents, standards and more by Chinese, English, pinyin and codes.
 */
@NullMarked
package cn.yongxing.silvergraph.search;

import org.jspecify.annotations.NullMarked;
