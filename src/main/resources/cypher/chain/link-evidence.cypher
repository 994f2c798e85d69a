// The relationships behind the facts of some links in a scope, for the reasons and evidence of their
// gaps: local producers, local producers of direct inputs (upstream) and of direct outputs
// (downstream), supplies from the scope to outside it (leaks), of direct inputs from the scope to
// outside it (upstreamLeaks) and of the product from outside into the scope (imports), the figures of
// weight (the cluster's output and output shares of the metal, for a link at the chain's HIGH_PURITY
// stage, and shares held by its producers in scope), and development targets of the product, of a
// direct output, and of local processing of the metal. Each edge comes with the Source
// it cites. The scope is the cluster (enterprises with local = true) or the park $park with its
// sub-parks. Parameters: $links (list of {metal, product} keys), $park (park key, or '' for the cluster).
OPTIONAL MATCH (scopePark:Park {key: $park})
WITH COLLECT { MATCH (sp:Park)-[:PART_OF*0..]->(scopePark) RETURN sp.key } AS inParks,
     COLLECT { MATCH (scopePark)-[:PART_OF*0..]->(ap:Park) RETURN ap.key } AS targetParks
UNWIND $links AS link
MATCH (p:Product {key: link.product})
RETURN link.metal AS metal, p.key AS product,
  COLLECT { MATCH (e:Enterprise)-[r:PRODUCES]->(p)
    WHERE r.status IN ['PRODUCTION', 'PILOT']
      AND CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
    RETURN {from: e, to: p, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]} AS edge ORDER BY e.key
  } AS local,
  COLLECT { MATCH (q:Product)-[:FEEDS]->(p)
    MATCH (e:Enterprise)-[r:PRODUCES]->(q)
    WHERE r.status = 'PRODUCTION'
      AND CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
    RETURN {from: e, to: q, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]} AS edge ORDER BY e.key, q.key
  } AS upstream,
  COLLECT { MATCH (p)-[:FEEDS]->(q:Product)<-[r:PRODUCES]-(e:Enterprise)
    WHERE r.status = 'PRODUCTION'
      AND CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
    RETURN {from: e, to: q, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]} AS edge ORDER BY e.key, q.key
  } AS downstream,
  COLLECT { MATCH (e:Enterprise)-[r:SUPPLIES]->(b:Enterprise)
    WHERE r.product = p.key
      AND CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
      AND NOT CASE WHEN $park = '' THEN b.local ELSE EXISTS { (b)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
    RETURN {from: e, to: b, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]} AS edge ORDER BY e.key, b.key
  } AS leaks,
  COLLECT { MATCH (q:Product)-[:FEEDS]->(p)
    MATCH (e:Enterprise)-[r:SUPPLIES]->(b:Enterprise)
    WHERE r.product = q.key
      AND CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
      AND NOT coalesce(CASE WHEN $park = '' THEN b.local ELSE EXISTS { (b)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END, false)
    RETURN {from: e, to: b, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]} AS edge ORDER BY e.key, b.key, q.key
  } AS upstreamLeaks,
  COLLECT { MATCH (a:Enterprise)-[r:SUPPLIES]->(b:Enterprise)
    WHERE r.product = p.key
      AND CASE WHEN $park = '' THEN b.local ELSE EXISTS { (b)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
      AND NOT coalesce(CASE WHEN $park = '' THEN a.local ELSE EXISTS { (a)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END, false)
    RETURN {from: a, to: b, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]} AS edge ORDER BY a.key, b.key
  } AS imports,
  COLLECT { MATCH (m:Metal {key: link.metal})-[r:HAS_SHARE|OUTPUT]->(h:Cluster)
    WHERE $park = '' AND (r:OUTPUT OR r.basis = 'OUTPUT')
      AND COLLECT { MATCH (p)-[:AT_STAGE]->(s:ChainStage)<-[:HAS_STAGE]-(:IndustryChain)-[:OF_METAL]->(m)
                    RETURN s.kind ORDER BY s.order LIMIT 1 }[0] = 'HIGH_PURITY'
    RETURN {from: m, to: h, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]} AS edge
    ORDER BY type(r), r.year DESC, CASE WHEN coalesce(r.definition, '') = '' THEN 1 ELSE 0 END,
             CASE r.qualifier WHEN 'EXACT' THEN 0 ELSE 1 END, r.source
  } + COLLECT { MATCH (m:Metal {key: link.metal})-[r:HAS_SHARE]->(e:Enterprise)-[:PRODUCES {status: 'PRODUCTION'}]->(p)
    WHERE CASE WHEN $park = '' THEN e.local ELSE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } END
    RETURN DISTINCT {from: m, to: e, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]} AS edge
  } AS figures,
  COLLECT { MATCH (h)-[r:TARGETS]->(p) WHERE h:Cluster OR (h:Park AND h.key IN targetParks)
    RETURN {from: h, to: p, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]} AS edge ORDER BY h.key
  } AS targets,
  COLLECT { MATCH (p)-[:FEEDS]->(q:Product)<-[r:TARGETS]-(h) WHERE h:Cluster OR (h:Park AND h.key IN targetParks)
    RETURN {from: h, to: q, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]} AS edge ORDER BY h.key, q.key
  } AS outputTargets,
  COLLECT { MATCH (h)-[r:TARGETS {kind: 'LOCAL_PROCESSING'}]->(m:Metal {key: link.metal})
    WHERE h:Cluster OR (h:Park AND h.key IN targetParks)
    RETURN {from: h, to: m, r: r, src: COLLECT { MATCH (src:Source {key: r.source}) RETURN src }[0]} AS edge ORDER BY h.key
  } AS processingTargets
