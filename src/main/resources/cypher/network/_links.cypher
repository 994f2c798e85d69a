// Fragment, not a statement: the partner links of a bound partner node `a` (an Enterprise or an
// Institution), one row per fact: the partner `b` and its global id `bid`, the link `kind`, the
// global id of the node the link goes through (`via`: project, patent or standard, else null), a
// readable `fact`, `cites` (the keys of the sources, with excerpts; the statement looks up only the
// sources of the facts it returns) and, for supply links, the `direction` seen from `a`. Only the
// kinds named in $kinds are produced, and with $only (global ids; null for any) only links to those
// partners, dropped before anything is read from them.
CALL (a) {
  MATCH (a)-[r:COLLABORATES_WITH]-(b)
  WHERE 'COLLABORATION' IN $kinds AND (b:Enterprise OR b:Institution)
    AND ($only IS NULL OR (CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key) IN $only)
  RETURN b, 'COLLABORATION' AS kind, null AS via,
         'research collaboration' + coalesce(' (' + r.kind + ')', '') + coalesce(' since ' + toString(r.since), '')
           + coalesce(', project ' + r.project, '') AS fact,
         [{source: r.source, excerpt: r.excerpt}] AS cites, null AS direction
  UNION
  MATCH (a)-[r1:PARTICIPATES_IN]->(p:Project)<-[r2:PARTICIPATES_IN]-(b)
  WHERE 'JOINT_PROJECT' IN $kinds AND (b:Enterprise OR b:Institution) AND b <> a
    AND ($only IS NULL OR (CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key) IN $only)
  RETURN b, 'JOINT_PROJECT' AS kind, 'Project:' + p.key AS via,
         'joint project ' + p.name + coalesce(' (' + p.nameEn + ')', '') AS fact,
         [{source: r1.source, excerpt: r1.excerpt}, {source: r2.source, excerpt: r2.excerpt}] AS cites, null AS direction
  UNION
  MATCH (a)-[r1:HOLDS]->(p:Patent)<-[r2:HOLDS]-(b)
  WHERE 'CO_PATENT' IN $kinds AND (b:Enterprise OR b:Institution) AND b <> a
    AND ($only IS NULL OR (CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key) IN $only)
  RETURN b, 'CO_PATENT' AS kind, 'Patent:' + p.key AS via,
         'co-held patent ' + coalesce(p.number, p.key) + coalesce(' ' + p.title, '') AS fact,
         [{source: r1.source, excerpt: r1.excerpt}, {source: r2.source, excerpt: r2.excerpt}] AS cites, null AS direction
  UNION
  MATCH (a)-[r1:DRAFTED]->(p:Standard)<-[r2:DRAFTED]-(b)
  WHERE 'CO_STANDARD' IN $kinds AND (b:Enterprise OR b:Institution) AND b <> a
    AND ($only IS NULL OR (CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key) IN $only)
  RETURN b, 'CO_STANDARD' AS kind, 'Standard:' + p.key AS via,
         'co-drafted standard ' + coalesce(p.code + ' ', '') + p.title AS fact,
         [{source: r1.source, excerpt: r1.excerpt}, {source: r2.source, excerpt: r2.excerpt}] AS cites, null AS direction
  UNION
  MATCH (a)-[r:SUPPLIES]-(b:Enterprise)
  WHERE 'SUPPLY' IN $kinds AND b <> a
    AND ($only IS NULL OR (CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key) IN $only)
  RETURN b, 'SUPPLY' AS kind, null AS via,
         'supplies ' + coalesce(r.product, 'products') + coalesce(' (' + toString(r.volumeT) + ' t', ' (volume n/a')
           + coalesce(', ' + toString(r.year) + ')', ')') AS fact,
         [{source: r.source, excerpt: r.excerpt}] AS cites,
         CASE WHEN startNode(r) = a THEN 'OUT' ELSE 'IN' END AS direction
}
WITH a, b, CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key AS bid, kind, via, fact, cites,
     direction
