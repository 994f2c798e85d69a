// Facts of every product (link) of the chains in scope, one row per chain and product: producers in
// and outside the scope, local firms upstream and downstream, supply out of the scope, local patents
// and standards, development targets. The scope is the cluster (enterprises with local = true) or,
// with $park, the enterprises located in that park or its sub-parks.
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
CALL (p, inParks) {
  MATCH (e:Enterprise)-[r:PRODUCES]->(p)
  WHERE r.status IN ['PRODUCTION', 'PILOT']
    AND CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
  RETURN collect({from: e, to: p, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]}) AS local
}
CALL (p, inParks) {
  MATCH (e:Enterprise)-[r:PRODUCES]->(p)
  WHERE r.status IN ['PRODUCTION', 'PILOT']
    AND NOT CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
  RETURN count(DISTINCT e) AS outsideProducers
}
CALL (p, inParks) {
  MATCH (q:Product)-[:FEEDS]->(p)
  MATCH (e:Enterprise)-[r:PRODUCES {status: 'PRODUCTION'}]->(q)
  WHERE CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
  RETURN collect({from: e, to: q, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]}) AS upstream,
         count(DISTINCT e) AS upstreamFirms
}
CALL (p, inParks) {
  MATCH (p)-[:FEEDS]->(q:Product)<-[r:PRODUCES {status: 'PRODUCTION'}]-(e:Enterprise)
  WHERE CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
  RETURN collect({from: e, to: q, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]}) AS downstream,
         sum(coalesce(r.outputT, r.capacityT, 0.0)) AS downstreamT
}
CALL (p, inParks) {
  MATCH (e:Enterprise)-[r:SUPPLIES {product: p.key}]->(b:Enterprise)
  WHERE CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
  WITH e, r, b, CASE WHEN $park = '' THEN b.local ELSE EXISTS { (b)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END AS inside
  RETURN sum(coalesce(r.volumeT, 0.0)) AS suppliedT,
         sum(CASE WHEN inside THEN 0.0 ELSE coalesce(r.volumeT, 0.0) END) AS outsideT,
         collect(CASE WHEN NOT inside THEN {from: e, to: b, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]} END) AS leaks
}
RETURN m, s, p, lastOrder, local, outsideProducers, upstream, upstreamFirms, downstream, downstreamT,
       suppliedT, outsideT, leaks,
       COUNT { (pt:Patent)-[:CONCERNS]->(p) WHERE EXISTS { (h:Enterprise)-[:HOLDS]->(pt)
         WHERE CASE WHEN $park = '' THEN h.local ELSE EXISTS { (h)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END } }
       + COUNT { (st:Standard)-[:CONCERNS]->(p) WHERE EXISTS { (h:Enterprise)-[:DRAFTED]->(st)
         WHERE CASE WHEN $park = '' THEN h.local ELSE EXISTS { (h)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END } } AS localIp,
       COLLECT { MATCH (h)-[r:TARGETS]->(p) WHERE h:Cluster OR (h:Park AND h.key IN targetParks)
         RETURN {from: h, to: p, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]} } AS targets,
       COLLECT { MATCH (p)-[:FEEDS]->(q:Product)<-[r:TARGETS]-(h) WHERE h:Cluster OR (h:Park AND h.key IN targetParks)
         RETURN {from: h, to: q, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]} } AS outputTargets,
       COLLECT { MATCH (h)-[r:TARGETS {kind: 'LOCAL_PROCESSING'}]->(m) WHERE h:Cluster OR (h:Park AND h.key IN targetParks)
         RETURN {from: h, to: m, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]} } AS processingTargets
ORDER BY m.key, s.order, p.key
