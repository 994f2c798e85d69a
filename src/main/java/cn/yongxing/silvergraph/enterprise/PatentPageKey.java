package cn.yongxing.silvergraph.enterprise;

import org.jspecify.annotations.Nullable;

/** Data-loader key of one enterprise's page of patents: the enterprise and the page arguments. */
record PatentPageKey(String enterpriseKey, int size, @Nullable String after) {
}
