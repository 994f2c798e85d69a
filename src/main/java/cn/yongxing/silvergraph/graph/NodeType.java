package cn.yongxing.silvergraph.graph;

import java.util.function.Function;

import org.neo4j.driver.Value;

/**
 * How the nodes of one label become API objects. Each feature declares its node types as beans, so
 * the shared resolver ({@code node(id)}, polymorphic fields) maps any node without knowing features.
 *
 * @param label node label and GraphQL type name
 * @param mapper from a Neo4j node value to the API record
 */
public record NodeType(String label, Function<Value, ? extends GraphNode> mapper) {
}
