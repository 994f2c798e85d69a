package cn.yongxing.silvergraph.graph;

/**
 * Published by every write the service makes (import, upsert, unlink, delete) inside the write's
 * transaction; listeners that must see only committed changes listen after commit.
 *
 * @param what a short description of the write, for logs
 */
public record GraphChanged(String what) {
}
