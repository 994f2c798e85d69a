// The product DAG of each chain (metal $metal, or '' for every chain), for the inference along routes:
// the FEEDS edges between products of the chain, and the products of the chain a waste stream
// (Material) feeds directly — the recycling inputs of the chain.
MATCH (c:IndustryChain)-[:OF_METAL]->(m:Metal)
WHERE $metal = '' OR m.key = $metal
WITH m, COLLECT { MATCH (c)-[:HAS_STAGE]->(:ChainStage)<-[:AT_STAGE]-(p:Product) RETURN DISTINCT p.key } AS products
RETURN m.key AS metal,
  COLLECT { MATCH (q:Product)-[:FEEDS]->(p:Product) WHERE q.key IN products AND p.key IN products
    RETURN DISTINCT [q.key, p.key] } AS edges,
  COLLECT { MATCH (:Material)-[:FEEDS]->(p:Product) WHERE p.key IN products RETURN DISTINCT p.key } AS recycled
ORDER BY metal
