// Candidates for the gaps at products $products: enterprises outside the scope that make the product
// (attract them) and enterprises in the scope that make it, make a product up to $maxHops FEEDS hops
// up or down the chain, hold patents on it, or work with an institution that does (extend them).
// Every row carries the facts the candidate score is computed from.
// Parameters: $products (keys), $park (park key, or '' for the cluster), $maxHops (1..6), $preselect.
OPTIONAL MATCH (scopePark:Park {key: $park})
WITH COLLECT { MATCH (sp:Park)-[:PART_OF*0..]->(scopePark) RETURN sp.key } AS inParks,
     COLLECT { MATCH (scopePark)-[:PART_OF*0..]->(ap:Park) RETURN ap.key } AS targetParks
UNWIND $products AS key
MATCH (p:Product {key: key})
CALL (p, inParks) {
  MATCH (e:Enterprise)-[r:PRODUCES]->(p)
  WHERE r.status IN ['PRODUCTION', 'PILOT']
  RETURN e, r.status AS status, coalesce(r.capacityT, r.outputT) AS capacityT, 0 AS hops, p AS via
  UNION
  MATCH path = (q:Product)-[:FEEDS*1..6]->(p)
  WHERE length(path) <= $maxHops AND q <> p
  WITH q, min(length(path)) AS hops
  MATCH (e:Enterprise)-[r:PRODUCES]->(q)
  WHERE r.status IN ['PRODUCTION', 'PILOT']
    AND CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
  RETURN e, r.status AS status, coalesce(r.capacityT, r.outputT) AS capacityT, hops, q AS via
  UNION
  MATCH path = (p)-[:FEEDS*1..6]->(q:Product)
  WHERE length(path) <= $maxHops AND q <> p
  WITH q, min(length(path)) AS hops
  MATCH (e:Enterprise)-[r:PRODUCES]->(q)
  WHERE r.status IN ['PRODUCTION', 'PILOT']
    AND CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
  RETURN e, r.status AS status, coalesce(r.capacityT, r.outputT) AS capacityT, hops, q AS via
  UNION
  MATCH (e:Enterprise)-[:HOLDS]->(:Patent)-[:CONCERNS]->(p)
  WHERE CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
  RETURN e, null AS status, null AS capacityT, null AS hops, null AS via
  UNION
  // from the product to the institutions working on it, not from every institution to the product
  CALL (p) {
    MATCH (p)<-[:CONCERNS]-(:Project)<-[:PARTICIPATES_IN]-(i:Institution) RETURN i
    UNION
    MATCH (p)<-[:CONCERNS]-(:Patent)<-[:HOLDS]-(i:Institution) RETURN i
  }
  MATCH (e:Enterprise)-[:COLLABORATES_WITH]->(i)
  WHERE CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
  RETURN e, null AS status, null AS capacityT, null AS hops, null AS via
}
WITH inParks, targetParks, key, p, e,
     CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END AS inScope,
     collect(CASE WHEN hops = 0 THEN status END)[0] AS status,
     max(CASE WHEN hops = 0 THEN capacityT END) AS capacityT,
     min(CASE WHEN hops > 0 THEN hops END) AS hops,
     collect(CASE WHEN hops > 0 THEN {hops: hops, product: via.nameZh, productEn: via.name, status: status} END) AS adjacent
// Preselection keeps the scoring bounded in large graphs: per product, the $preselect candidates that
// come first by the heaviest factors (makes the product, then nearness, then capacity) are scored in full.
ORDER BY key, CASE status WHEN 'PRODUCTION' THEN 0 WHEN 'PILOT' THEN 1 ELSE 2 END, coalesce(hops, 99),
         coalesce(capacityT, 0) DESC, e.key
WITH inParks, targetParks, key, p,
     collect({e: e, inScope: inScope, status: status, capacityT: capacityT, hops: hops, adjacent: adjacent})[..$preselect] AS preselected
UNWIND preselected AS c
WITH inParks, targetParks, key, p, c.e AS e, c.inScope AS inScope, c.status AS status, c.capacityT AS capacityT,
     c.hops AS hops, c.adjacent AS adjacent
RETURN key, e, inScope, status, capacityT, hops, adjacent,
  COLLECT { MATCH (x:Enterprise)-[r:SUPPLIES]->(e) WHERE x <> e
      AND CASE WHEN $park = '' THEN x.local ELSE EXISTS { (x)-[:LOCATED_IN]->(y:Park) WHERE y.key IN inParks } END
    RETURN DISTINCT {partner: x.name, partnerEn: x.nameEn, product: r.product, volumeT: r.volumeT,
      productEn: COLLECT { MATCH (q:Product {key: r.product}) RETURN q.name }[0],
      productZh: COLLECT { MATCH (q:Product {key: r.product}) RETURN q.nameZh }[0]} } AS buysFrom,
  COLLECT { MATCH (e)-[r:SUPPLIES]->(x:Enterprise) WHERE x <> e
      AND CASE WHEN $park = '' THEN x.local ELSE EXISTS { (x)-[:LOCATED_IN]->(y:Park) WHERE y.key IN inParks } END
    RETURN DISTINCT {partner: x.name, partnerEn: x.nameEn, product: r.product, volumeT: r.volumeT,
      productEn: COLLECT { MATCH (q:Product {key: r.product}) RETURN q.name }[0],
      productZh: COLLECT { MATCH (q:Product {key: r.product}) RETURN q.nameZh }[0]} } AS sellsTo,
  COLLECT { MATCH (e)-[:COLLABORATES_WITH]->(i:Institution)
    WHERE EXISTS { (i)<-[:COLLABORATES_WITH]-(x:Enterprise) WHERE x <> e
        AND CASE WHEN $park = '' THEN x.local ELSE EXISTS { (x)-[:LOCATED_IN]->(y:Park) WHERE y.key IN inParks } END }
      OR EXISTS { (i)-[:PARTICIPATES_IN]->(:Project)-[:CONCERNS]->(p) }
      OR EXISTS { (i)-[:HOLDS]->(:Patent)-[:CONCERNS]->(p) }
    RETURN DISTINCT {name: i.name, nameEn: i.nameEn} } AS partners,
  COUNT { (e)-[:HOLDS]->(:Patent)-[:CONCERNS]->(p) } AS patents,
  COLLECT { MATCH (e)-[:HAS_DESIGNATION]->(d:Designation) WHERE d.kind IN ['LISTED', 'CHINA_500', 'SOE']
    RETURN DISTINCT {kind: d.kind, name: d.name, nameEn: d.nameEn} } AS designations,
  COLLECT { MATCH (e)-[:INVESTED_IN]->(t) WHERE t:Cluster OR (t:Park AND (t.key IN inParks OR t.key IN targetParks))
    RETURN DISTINCT {name: t.name, nameEn: t.nameEn} } AS investedIn
ORDER BY key, e.key
