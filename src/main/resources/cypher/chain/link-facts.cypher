// Facts of every product (link) of the chains in scope, one row per chain and product, as counts and
// sums only (the firms behind them are read by link-evidence.cypher when a gap's reason or evidence is
// asked for): producers in and outside the scope, local firms upstream, tonnes made downstream, supply
// out of and into the scope, local patents and standards (of the scope's firms, or drafted by the
// cluster's firms collectively), development targets, and the figures of weight: the cluster's output
// and output shares of the chain's metal (they concern the chain's HIGH_PURITY stage, where the metal
// is made as metal; cluster scope only) and shares held by producers in scope. The scope is the cluster
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
// supply of the product from, to and into the scope, found through the index on SUPPLIES.product
CALL (p, inParks) {
  MATCH (a:Enterprise)-[r:SUPPLIES]->(b:Enterprise)
  WHERE r.product = p.key
  WITH r, CASE WHEN $park = '' THEN a.local ELSE EXISTS { (a)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END AS fromIn,
       CASE WHEN $park = '' THEN b.local ELSE EXISTS { (b)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END AS toIn
  RETURN sum(CASE WHEN fromIn THEN coalesce(r.volumeT, 0.0) ELSE 0.0 END) AS suppliedT,
         sum(CASE WHEN fromIn AND NOT coalesce(toIn, false) THEN coalesce(r.volumeT, 0.0) ELSE 0.0 END) AS outsideT,
         count(CASE WHEN toIn AND NOT coalesce(fromIn, false) THEN 1 END) AS imports,
         sum(CASE WHEN toIn AND NOT coalesce(fromIn, false) THEN coalesce(r.volumeT, 0.0) ELSE 0.0 END) AS importedT
}
// figures of weight: the cluster's (cluster scope, HIGH_PURITY stage) and those of producers in scope
CALL (m, s, p, inParks) {
  OPTIONAL MATCH (m)-[sh:HAS_SHARE {basis: 'OUTPUT'}]->(:Cluster)
  WHERE $park = '' AND s.kind = 'HIGH_PURITY'
  // reported figures in order (as link-evidence.cypher quotes them): newest year, a stated definition, an
  // exact figure, the source key
  WITH sh ORDER BY sh.year DESC, CASE WHEN coalesce(sh.definition, '') = '' THEN 1 ELSE 0 END,
           CASE sh.qualifier WHEN 'EXACT' THEN 0 ELSE 1 END, sh.source
  WITH head(collect(sh)) AS sh
  OPTIONAL MATCH (m)-[o:OUTPUT]->(:Cluster)
  WHERE $park = '' AND s.kind = 'HIGH_PURITY'
  WITH sh, o ORDER BY o.year DESC, CASE WHEN coalesce(o.definition, '') = '' THEN 1 ELSE 0 END,
           CASE o.qualifier WHEN 'EXACT' THEN 0 ELSE 1 END, o.source
  WITH sh, head(collect(o)) AS o
  RETURN sh.value AS clusterShare, sh.scope AS clusterShareScope, o.tonnes AS clusterOutputT
}
CALL (m, p, inParks) {
  OPTIONAL MATCH (m)-[sh:HAS_SHARE]->(e:Enterprise)-[r:PRODUCES {status: 'PRODUCTION'}]->(p)
  WHERE CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
  RETURN max(sh.value) AS firmShare
}
RETURN m, s, p, lastOrder, productionProducers, pilotProducers,
       CASE WHEN productionProducers > 0 AND capacityUnknown = 0 THEN capacityT END AS localCapacityT,
       CASE WHEN outputs > 0 THEN outputT END AS localOutputT,
       outsideProducers, upstreamFirms, downstreamT, suppliedT, outsideT, imports, importedT,
       clusterShare, clusterShareScope, clusterOutputT, firmShare,
       COUNT { (pt:Patent)-[:CONCERNS]->(p) WHERE EXISTS { (h:Enterprise)-[:HOLDS]->(pt)
         WHERE CASE WHEN $park = '' THEN h.local ELSE EXISTS { (h)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END } }
       + COUNT { (st:Standard)-[:CONCERNS]->(p) WHERE EXISTS { (h)-[:DRAFTED]->(st)
         WHERE (h:Cluster AND $park = '')
            OR (h:Enterprise AND CASE WHEN $park = '' THEN h.local ELSE EXISTS { (h)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END) } } AS localIp,
       // the same for the chain's metal as a whole (e.g. a standard on the metal's scrap)
       COUNT { (pt:Patent)-[:CONCERNS]->(m) WHERE EXISTS { (h:Enterprise)-[:HOLDS]->(pt)
         WHERE CASE WHEN $park = '' THEN h.local ELSE EXISTS { (h)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END } }
       + COUNT { (st:Standard)-[:CONCERNS]->(m) WHERE EXISTS { (h)-[:DRAFTED]->(st)
         WHERE (h:Cluster AND $park = '')
            OR (h:Enterprise AND CASE WHEN $park = '' THEN h.local ELSE EXISTS { (h)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END) } } AS metalIp,
       EXISTS { MATCH (h)-[:TARGETS]->(p) WHERE h:Cluster OR (h:Park AND h.key IN targetParks) } AS target,
       EXISTS { MATCH (p)-[:FEEDS]->(:Product)<-[:TARGETS]-(h) WHERE h:Cluster OR (h:Park AND h.key IN targetParks) } AS outputTarget,
       EXISTS { MATCH (h)-[:TARGETS {kind: 'LOCAL_PROCESSING'}]->(m) WHERE h:Cluster OR (h:Park AND h.key IN targetParks) } AS processingTarget
ORDER BY m.key, s.order, p.key
