// Everything the quality-SME rules read, for the enterprises bound to `e` by the statement's first
// part (local-enterprises.cypher or given-enterprises.cypher, put in below), in one round trip:
// financials by year, IP by class, R&D platforms and partners, designations, own market shares and
// the cluster's shares in the metals each firm produces.
{{enterprises}}
// the patents once, counted by class on the way
CALL (e) {
  MATCH (e)-[:HOLDS]->(p:Patent)
  RETURN count(p) AS patents, count(CASE WHEN p.type = 'INVENTION' THEN 1 END) AS classOne,
         count(CASE WHEN p.type IN ['UTILITY_MODEL', 'DESIGN'] THEN 1 END) AS classTwo
}
RETURN e,
  COLLECT {
    MATCH (e)-[:REPORTED]->(f:Financials)
    OPTIONAL MATCH (src:Source {key: f.source})
    RETURN {f: f, src: src} ORDER BY f.year
  } AS financials,
  patents, classOne, classTwo,
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
