// A provincial tier on the graph: the local enterprises holding its designation ($kind at $level),
// and the goals (GOAL indicators) whose name mentions the tier ($goalNames), with what they are about.
CALL () {
  MATCH (e:Enterprise)-[r:HAS_DESIGNATION]->(d:Designation {kind: $kind})
  WHERE e.local = true AND coalesce(r.level, d.level) = $level
  RETURN collect(DISTINCT {e: e, year: r.year, designation: d.name}) AS holders
}
CALL () {
  MATCH (i:Indicator)
  WHERE i.kind = 'GOAL' AND any(n IN $goalNames WHERE i.name CONTAINS n)
  OPTIONAL MATCH (i)-[:ABOUT]->(s)
  OPTIONAL MATCH (i)-[c:CITED_BY]->(src:Source)
  RETURN collect({i: i, subject: coalesce(s.name, s.key), src: src, excerpt: c.excerpt}) AS goals
}
RETURN holders, goals
