// Fragment, not a statement: the partner links of a bound partner node `a` (an Enterprise or an
// Institution), one row per fact: the partner `b` and its global id `bid`, the link `kind`, the
// relationships the fact rests on (`rels`: the collaboration or supply, or both ends' links to the
// project, patent or standard `via`, else null). Nothing else is read here: a statement that shows
// facts describes only the ones it keeps (frontier.cypher). Only the kinds named in $kinds are
// produced, and with $only (global ids; null for any) only links to those partners.
CALL (a) {
  MATCH (a)-[r:COLLABORATES_WITH]-(b)
  WHERE 'COLLABORATION' IN $kinds AND (b:Enterprise OR b:Institution)
    AND ($only IS NULL OR (CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key) IN $only)
  RETURN b, 'COLLABORATION' AS kind, [r] AS rels, null AS via
  UNION
  MATCH (a)-[r1:PARTICIPATES_IN]->(p:Project)<-[r2:PARTICIPATES_IN]-(b)
  WHERE 'JOINT_PROJECT' IN $kinds AND (b:Enterprise OR b:Institution) AND b <> a
    AND ($only IS NULL OR (CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key) IN $only)
  RETURN b, 'JOINT_PROJECT' AS kind, [r1, r2] AS rels, p AS via
  UNION
  MATCH (a)-[r1:HOLDS]->(p:Patent)<-[r2:HOLDS]-(b)
  WHERE 'CO_PATENT' IN $kinds AND (b:Enterprise OR b:Institution) AND b <> a
    AND ($only IS NULL OR (CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key) IN $only)
  RETURN b, 'CO_PATENT' AS kind, [r1, r2] AS rels, p AS via
  UNION
  MATCH (a)-[r1:DRAFTED]->(p:Standard)<-[r2:DRAFTED]-(b)
  WHERE 'CO_STANDARD' IN $kinds AND (b:Enterprise OR b:Institution) AND b <> a
    AND ($only IS NULL OR (CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key) IN $only)
  RETURN b, 'CO_STANDARD' AS kind, [r1, r2] AS rels, p AS via
  UNION
  MATCH (a)-[r:SUPPLIES]-(b:Enterprise)
  WHERE 'SUPPLY' IN $kinds AND b <> a
    AND ($only IS NULL OR 'Enterprise:' + b.key IN $only)
  RETURN b, 'SUPPLY' AS kind, [r] AS rels, null AS via
}
WITH a, b, CASE WHEN b:Enterprise THEN 'Enterprise:' ELSE 'Institution:' END + b.key AS bid, kind, rels, via
