// Fragment, not a statement: the partner links of a bound partner node `a` (an Enterprise or an
// Institution), one row per fact: the partner `b`, the link `kind`, the global id of the node the
// link goes through (`via`: project, patent or standard, else null), a readable `fact`, `cites`
// (source nodes with excerpts) and, for supply links, the `direction` seen from `a`. Only the kinds
// named in $kinds are produced, and only partners whose global id is in $within (all when null):
// the filter comes before the sources are looked up.
CALL (a) {
  MATCH (a)-[r:COLLABORATES_WITH]-(b)
  WHERE 'COLLABORATION' IN $kinds AND (b:Enterprise OR b:Institution)
    AND ($within IS NULL OR (CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key) IN $within)
  OPTIONAL MATCH (s:Source {key: r.source})
  RETURN b, 'COLLABORATION' AS kind, null AS via,
         'research collaboration' + coalesce(' (' + r.kind + ')', '') + coalesce(' since ' + toString(r.since), '')
           + coalesce(', project ' + r.project, '') AS fact,
         [{src: s, excerpt: r.excerpt}] AS cites, null AS direction
  UNION
  MATCH (a)-[r1:PARTICIPATES_IN]->(p:Project)<-[r2:PARTICIPATES_IN]-(b)
  WHERE 'JOINT_PROJECT' IN $kinds AND (b:Enterprise OR b:Institution) AND b <> a
    AND ($within IS NULL OR (CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key) IN $within)
  OPTIONAL MATCH (s1:Source {key: r1.source})
  OPTIONAL MATCH (s2:Source {key: r2.source})
  RETURN b, 'JOINT_PROJECT' AS kind, 'Project:' + p.key AS via,
         'joint project ' + p.name + coalesce(' (' + p.nameEn + ')', '') AS fact,
         [{src: s1, excerpt: r1.excerpt}, {src: s2, excerpt: r2.excerpt}] AS cites, null AS direction
  UNION
  MATCH (a)-[r1:HOLDS]->(p:Patent)<-[r2:HOLDS]-(b)
  WHERE 'CO_PATENT' IN $kinds AND (b:Enterprise OR b:Institution) AND b <> a
    AND ($within IS NULL OR (CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key) IN $within)
  OPTIONAL MATCH (s1:Source {key: r1.source})
  OPTIONAL MATCH (s2:Source {key: r2.source})
  RETURN b, 'CO_PATENT' AS kind, 'Patent:' + p.key AS via,
         'co-held patent ' + coalesce(p.number, p.key) + coalesce(' ' + p.title, '') AS fact,
         [{src: s1, excerpt: r1.excerpt}, {src: s2, excerpt: r2.excerpt}] AS cites, null AS direction
  UNION
  MATCH (a)-[r1:DRAFTED]->(p:Standard)<-[r2:DRAFTED]-(b)
  WHERE 'CO_STANDARD' IN $kinds AND (b:Enterprise OR b:Institution) AND b <> a
    AND ($within IS NULL OR (CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key) IN $within)
  OPTIONAL MATCH (s1:Source {key: r1.source})
  OPTIONAL MATCH (s2:Source {key: r2.source})
  RETURN b, 'CO_STANDARD' AS kind, 'Standard:' + p.key AS via,
         'co-drafted standard ' + coalesce(p.code + ' ', '') + p.title AS fact,
         [{src: s1, excerpt: r1.excerpt}, {src: s2, excerpt: r2.excerpt}] AS cites, null AS direction
  UNION
  MATCH (a)-[r:SUPPLIES]-(b:Enterprise)
  WHERE 'SUPPLY' IN $kinds AND b <> a
    AND ($within IS NULL OR (CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key) IN $within)
  OPTIONAL MATCH (s:Source {key: r.source})
  RETURN b, 'SUPPLY' AS kind, null AS via,
         'supplies ' + coalesce(r.product, 'products') + coalesce(' (' + toString(r.volumeT) + ' t', ' (volume n/a')
           + coalesce(', ' + toString(r.year) + ')', ')') AS fact,
         [{src: s, excerpt: r.excerpt}] AS cites,
         CASE WHEN startNode(r) = a THEN 'OUT' ELSE 'IN' END AS direction
}
