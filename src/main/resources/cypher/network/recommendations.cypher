// Institutions the enterprise $key has no link with yet but that work on what it works on: the
// metals and chain stages of its products (through a collaborating firm that makes such a
// product, or a project, patent or standard concerning the metal or such a product) and the IPC
// subclasses of its patents. One row per piece of evidence: candidate `c`, `reason`, `detail`.
MATCH (e:Enterprise {key: $key})
OPTIONAL MATCH (e)-[:PRODUCES]->(:Product)-[:OF_METAL]->(m:Metal)
WITH e, collect(DISTINCT m) AS metals
OPTIONAL MATCH (e)-[:PRODUCES]->(:Product)-[:AT_STAGE]->(s:ChainStage)
WITH e, metals, collect(DISTINCT s) AS stages
OPTIONAL MATCH (e)-[:HOLDS]->(own:Patent)
WITH e, metals, stages, collect(own.ipc) AS ipcLists
WITH e, metals, stages,
     reduce(acc = [], l IN ipcLists | acc + [c IN coalesce(l, []) | left(c, 4)]) AS classes
WITH e, metals, stages, classes, COLLECT {
  MATCH (e)-[:COLLABORATES_WITH|SUPPLIES]-(x) RETURN x
  UNION
  MATCH (e)-[:PARTICIPATES_IN|HOLDS|DRAFTED]->()<-[:PARTICIPATES_IN|HOLDS|DRAFTED]-(x) RETURN x
} AS linked
CALL (e, metals, stages, classes, linked) {
  UNWIND metals AS m
  MATCH (c:Institution)-[:COLLABORATES_WITH]-(f:Enterprise)-[:PRODUCES]->(p:Product)-[:OF_METAL]->(m)
  WHERE f <> e AND NOT c IN linked
  RETURN c, 'SAME_METAL' AS reason,
         'works on ' + coalesce(m.nameZh + ' ', '') + coalesce(m.name, m.key) + ': research partner of '
           + f.name + ', which makes ' + coalesce(p.nameZh, p.name) AS detail
  UNION
  UNWIND metals AS m
  MATCH (c:Institution)-[:PARTICIPATES_IN|HOLDS|DRAFTED]->(x)-[:CONCERNS]->(t)
  WHERE (t = m OR (t)-[:OF_METAL]->(m)) AND NOT c IN linked
  RETURN c, 'SAME_METAL' AS reason,
         'works on ' + coalesce(m.nameZh + ' ', '') + coalesce(m.name, m.key) + ': '
           + toLower(labels(x)[0]) + ' ' + coalesce(x.name, x.title, x.key) + ' concerns '
           + coalesce(t.nameZh, t.name, t.key) AS detail
  UNION
  UNWIND stages AS s
  MATCH (c:Institution)-[:COLLABORATES_WITH]-(f:Enterprise)-[:PRODUCES]->(p:Product)-[:AT_STAGE]->(s)
  WHERE f <> e AND NOT c IN linked
  RETURN c, 'SAME_STAGE' AS reason,
         'active at chain stage ' + s.name + ': research partner of ' + f.name + ', which makes '
           + coalesce(p.nameZh, p.name) AS detail
  UNION
  UNWIND stages AS s
  MATCH (c:Institution)-[:PARTICIPATES_IN|HOLDS|DRAFTED]->(x)-[:CONCERNS]->(p:Product)-[:AT_STAGE]->(s)
  WHERE NOT c IN linked
  RETURN c, 'SAME_STAGE' AS reason,
         'active at chain stage ' + s.name + ': ' + toLower(labels(x)[0]) + ' '
           + coalesce(x.name, x.title, x.key) + ' concerns ' + coalesce(p.nameZh, p.name) AS detail
  UNION
  UNWIND classes AS cls
  MATCH (c:Institution)-[:HOLDS]->(pt:Patent)
  WHERE any(code IN coalesce(pt.ipc, []) WHERE left(code, 4) = cls) AND NOT c IN linked
  RETURN c, 'SAME_IPC' AS reason,
         'patents in IPC ' + cls + ': ' + coalesce(pt.number, pt.key) + coalesce(' ' + pt.title, '') AS detail
}
RETURN c, reason, detail
ORDER BY c.key, reason, detail
LIMIT 1000
