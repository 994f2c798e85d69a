// The partner links of the nodes in $ids (global ids of enterprises and institutions): one step of
// the bounded k-hop expansion. Links to the partners in $known (global ids) and to at most $fresh
// others (any number when null): those tied to $ids by the most facts, then by id. Facts come grouped
// by partner in that order (known partners first), at most $rowLimit of them, each described (text,
// sources) only once kept; partners as the few properties a network shows. $only is $known when no
// other partner may come in ($fresh = 0), else null.
UNWIND $ids AS id
WITH split(id, ':')[0] AS label, substring(id, size(split(id, ':')[0]) + 1) AS nodeKey
MATCH (a:$(label) {key: nodeKey})
WHERE a:Enterprise OR a:Institution
{{links}}
WITH bid, collect({a: a, b: b, kind: kind, rels: rels, via: via}) AS facts
WITH bid, facts, bid IN $known AS known
ORDER BY known DESC, size(facts) DESC, bid
WITH collect({known: known, facts: facts}) AS partners
WITH [p IN partners WHERE p.known] + [p IN partners WHERE NOT p.known][..coalesce($fresh, size(partners))] AS kept
UNWIND kept AS partner
UNWIND partner.facts AS row
WITH row
LIMIT $rowLimit
WITH row.a AS a, row.b AS b, row.kind AS kind, row.rels AS rels, row.via AS via
RETURN a {.key, .name, .nameEn, .local, .kind, type: CASE WHEN a:Enterprise THEN 'Enterprise' ELSE 'Institution' END} AS a,
       b {.key, .name, .nameEn, .local, .kind, type: CASE WHEN b:Enterprise THEN 'Enterprise' ELSE 'Institution' END} AS b,
       kind,
       CASE kind WHEN 'JOINT_PROJECT' THEN 'Project:' + via.key WHEN 'CO_PATENT' THEN 'Patent:' + via.key
         WHEN 'CO_STANDARD' THEN 'Standard:' + via.key END AS via,
       CASE kind
         WHEN 'COLLABORATION' THEN 'research collaboration' + coalesce(' (' + rels[0].kind + ')', '')
           + coalesce(' since ' + toString(rels[0].since), '') + coalesce(', project ' + rels[0].project, '')
         WHEN 'JOINT_PROJECT' THEN 'joint project ' + via.name + coalesce(' (' + via.nameEn + ')', '')
         WHEN 'CO_PATENT' THEN 'co-held patent ' + coalesce(via.number, via.key) + coalesce(' ' + via.title, '')
         WHEN 'CO_STANDARD' THEN 'co-drafted standard ' + coalesce(via.code + ' ', '') + via.title
         ELSE 'supplies ' + coalesce(rels[0].product, 'products') + coalesce(' (' + toString(rels[0].volumeT) + ' t', ' (volume n/a')
           + coalesce(', ' + toString(rels[0].year) + ')', ')')
       END AS fact,
       CASE kind
         WHEN 'COLLABORATION' THEN '产学研合作'
           + coalesce('（' + CASE rels[0].kind WHEN 'JOINT_RND' THEN '联合研发' WHEN 'CONSULTING' THEN '技术咨询'
               WHEN 'PILOT' THEN '中试' WHEN 'PLATFORM' THEN '共建平台' WHEN 'TRAINING' THEN '人才培养' END + '）', '')
           + coalesce('，始于 ' + toString(rels[0].since) + ' 年', '') + coalesce('，项目 ' + rels[0].project, '')
         WHEN 'JOINT_PROJECT' THEN '共同项目 ' + via.name
         WHEN 'CO_PATENT' THEN '共有专利 ' + coalesce(via.number, via.key) + coalesce(' ' + via.title, '')
         WHEN 'CO_STANDARD' THEN '共同起草标准 ' + coalesce(via.code + ' ', '') + via.title
         ELSE '供应' + coalesce(COLLECT { MATCH (q:Product {key: rels[0].product}) RETURN coalesce(q.nameZh, q.name) }[0], '产品')
           + coalesce('（' + toString(rels[0].volumeT) + ' 吨', '（数量不详')
           + coalesce('，' + toString(rels[0].year) + ' 年）', '）')
       END AS factZh,
       [r IN rels | {src: COLLECT { MATCH (s:Source {key: r.source}) RETURN s }[0], excerpt: r.excerpt}] AS cites,
       CASE WHEN kind = 'SUPPLY' THEN CASE WHEN startNode(rels[0]) = a THEN 'OUT' ELSE 'IN' END END AS direction
