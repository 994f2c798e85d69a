// Projects enterprise profiles for node similarity under the name $graph: each enterprise points
// to the metals and the chain stages of the products it makes (a bipartite graph).
MATCH (e:Enterprise)-[:PRODUCES]->(p:Product)
CALL (p) {
  MATCH (p)-[:OF_METAL]->(f:Metal) RETURN f
  UNION
  MATCH (p)-[:AT_STAGE]->(f:ChainStage) RETURN f
}
WITH DISTINCT e, f
WITH gds.graph.project($graph, e, f) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
