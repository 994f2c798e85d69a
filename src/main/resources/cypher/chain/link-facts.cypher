// Facts of every product (link) of the chains in scope, one row per chain and product, as counts and
// sums only (the firms behind them are read by link-evidence.cypher when a gap's reason or evidence is
// asked for): producers in and outside the scope, local firms upstream, tonnes made downstream, supply
// out of the scope, local patents and standards, development targets. The scope is the cluster
// (enterprises with local = true) or, with $park, the enterprises located in that park or its sub-parks.
// Parameters (never null, so one plan serves every request): $metal (symbol, or '' for every chain),
// $park (park key, or '' for the cluster), $allProducts (true) or $products (keys).
OPTIONAL MATCH (scopePark:Park {key: $park})
WITH COLLECT { MATCH (sp:Park)-[:PART_OF*0..]->(scopePark) RETURN sp.key } AS inParks,
     COLLECT { MATCH (scopePark)-[:PART_OF*0..]->(ap:Park) RETURN ap.key } AS targetParks
MATCH (c:IndustryChain)-[:OF_METAL]->(m:Metal)
WHERE $metal = '' OR m.key = $metal
WITH inParks, targetParks, c, m, COLLECT { MATCH (c)-[:HAS_STAGE]->(x:ChainStage) RETURN max(x.order) }[0] AS lastOrder
MATCH (c)-[:HAS_STAGE]->(s:ChainStage)<-[:AT_STAGE]-(p:Product)
WHERE $allProducts OR p.key IN $products
WITH inParks, targetParks, m, p, lastOrder, s ORDER BY s.order
WITH inParks, targetParks, m, p, lastOrder, head(collect(s)) AS s
// producers of the product, in and outside the scope (an enterprise with no `local` is neither)
CALL (p, inParks) {
  MATCH (e:Enterprise)-[r:PRODUCES]->(p)
  WHERE r.status IN ['PRODUCTION', 'PILOT']
  WITH e, r, CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END AS inside
  WITH e, r, inside, inside AND r.status = 'PRODUCTION' AS producing
  RETURN count(CASE WHEN producing THEN 1 END) AS productionProducers,
         count(CASE WHEN inside AND r.status = 'PILOT' THEN 1 END) AS pilotProducers,
         sum(CASE WHEN producing THEN coalesce(r.capacityT, r.outputT) END) AS capacityT,
         count(CASE WHEN producing AND coalesce(r.capacityT, r.outputT) IS NULL THEN 1 END) AS capacityUnknown,
         sum(CASE WHEN inside THEN r.outputT END) AS outputT,
         count(CASE WHEN inside THEN r.outputT END) AS outputs,
         count(DISTINCT CASE WHEN NOT inside THEN e END) AS outsideProducers
}
CALL (p, inParks) {
  MATCH (q:Product)-[:FEEDS]->(p)
  MATCH (e:Enterprise)-[r:PRODUCES]->(q)
  WHERE r.status = 'PRODUCTION'
    AND CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
  RETURN count(DISTINCT e) AS upstreamFirms
}
CALL (p, inParks) {
  MATCH (p)-[:FEEDS]->(q:Product)<-[r:PRODUCES]-(e:Enterprise)
  WHERE r.status = 'PRODUCTION'
    AND CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
  RETURN sum(coalesce(r.outputT, r.capacityT, 0.0)) AS downstreamT
}
// supply of the product by firms in scope, found through the index on SUPPLIES.product
CALL (p, inParks) {
  MATCH (e:Enterprise)-[r:SUPPLIES]->(b:Enterprise)
  WHERE r.product = p.key
    AND CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
  WITH r, CASE WHEN $park = '' THEN b.local ELSE EXISTS { (b)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END AS inside
  RETURN sum(coalesce(r.volumeT, 0.0)) AS suppliedT,
         sum(CASE WHEN inside THEN 0.0 ELSE coalesce(r.volumeT, 0.0) END) AS outsideT
}
RETURN m, s, p, lastOrder, productionProducers, pilotProducers,
       CASE WHEN productionProducers > 0 AND capacityUnknown = 0 THEN capacityT END AS localCapacityT,
       CASE WHEN outputs > 0 THEN outputT END AS localOutputT,
       outsideProducers, upstreamFirms, downstreamT, suppliedT, outsideT,
       COUNT { (pt:Patent)-[:CONCERNS]->(p) WHERE EXISTS { (h:Enterprise)-[:HOLDS]->(pt)
         WHERE CASE WHEN $park = '' THEN h.local ELSE EXISTS { (h)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END } }
       + COUNT { (st:Standard)-[:CONCERNS]->(p) WHERE EXISTS { (h:Enterprise)-[:DRAFTED]->(st)
         WHERE CASE WHEN $park = '' THEN h.local ELSE EXISTS { (h)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END } } AS localIp,
       EXISTS { MATCH (h)-[:TARGETS]->(p) WHERE h:Cluster OR (h:Park AND h.key IN targetParks) } AS target,
       EXISTS { MATCH (p)-[:FEEDS]->(:Product)<-[:TARGETS]-(h) WHERE h:Cluster OR (h:Park AND h.key IN targetParks) } AS outputTarget,
       EXISTS { MATCH (h)-[:TARGETS {kind: 'LOCAL_PROCESSING'}]->(m) WHERE h:Cluster OR (h:Park AND h.key IN targetParks) } AS processingTarget
ORDER BY m.key, s.order, p.key
