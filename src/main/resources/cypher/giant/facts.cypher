// Everything the quality-SME rules read, for all local enterprises ($keys null) or the given ones,
// in one round trip: financials by year, IP by class, R&D platforms and partners, designations,
// own market shares and the cluster's shares in the metals each firm produces.
MATCH (e:Enterprise)
WHERE CASE WHEN $keys IS NULL THEN e.local = true ELSE e.key IN $keys END
RETURN e,
  COLLECT {
    MATCH (e)-[:REPORTED]->(f:Financials)
    OPTIONAL MATCH (src:Source {key: f.source})
    RETURN {f: f, src: src} ORDER BY f.year
  } AS financials,
  COUNT { (e)-[:HOLDS]->(:Patent) } AS patents,
  COUNT { (e)-[:HOLDS]->(:Patent {type: 'INVENTION'}) } AS classOne,
  COUNT { (e)-[:HOLDS]->(p:Patent) WHERE p.type IN ['UTILITY_MODEL', 'DESIGN'] } AS classTwo,
  COLLECT {
    MATCH (e)-[:OPERATES]->(p:Platform)
    RETURN {name: p.name, kind: p.kind, level: coalesce(p.level, 'UNKNOWN')} ORDER BY p.key
  } AS platforms,
  COLLECT {
    MATCH (e)-[c:COLLABORATES_WITH]->(i:Institution)
    RETURN {kind: c.kind, institution: i.name, institutionKind: i.kind} ORDER BY i.key
  } AS collaborations,
  COLLECT {
    MATCH (e)-[r:HAS_DESIGNATION]->(d:Designation)
    RETURN {kind: d.kind, name: d.name, level: coalesce(r.level, d.level), year: r.year} ORDER BY d.key
  } AS designations,
  COLLECT {
    MATCH (m:Metal)-[r:HAS_SHARE]->(e)
    OPTIONAL MATCH (src:Source {key: r.source})
    RETURN {metal: m.key, scope: r.scope, basis: r.basis, value: r.value, year: r.year, qualifier: r.qualifier,
            excerpt: r.excerpt, src: src} ORDER BY r.value DESC
  } AS shares,
  COLLECT {
    MATCH (e)-[:PRODUCES]->(:Product)-[:OF_METAL]->(m:Metal)-[r:HAS_SHARE]->(:Cluster)
    OPTIONAL MATCH (src:Source {key: r.source})
    RETURN DISTINCT {metal: m.key, scope: r.scope, basis: r.basis, value: r.value, year: r.year,
            qualifier: r.qualifier, excerpt: r.excerpt, src: src}
  } AS clusterShares
ORDER BY e.key
