// How much of a scope the graph names: the enterprises in it ($park = '': local enterprises of the
// cluster; else those located in the park or its sub-parks) and the firm count its sources report, the
// indicator with counts LOCAL_FIRMS about the cluster (or the park): the newest, exact figures first.
OPTIONAL MATCH (scopePark:Park {key: $park})
WITH scopePark, COLLECT { MATCH (sp:Park)-[:PART_OF*0..]->(scopePark) RETURN sp.key } AS inParks
RETURN CASE WHEN $park = '' THEN COUNT { MATCH (e:Enterprise) WHERE e.local }
         ELSE COUNT { MATCH (e:Enterprise) WHERE EXISTS { (e)-[:LOCATED_IN]->(x:Park) WHERE x.key IN inParks } } END AS named,
       COLLECT { MATCH (i:Indicator {counts: 'LOCAL_FIRMS'})-[:ABOUT]->(h)
         WHERE CASE WHEN $park = '' THEN h:Cluster ELSE h = scopePark END
         RETURN i ORDER BY coalesce(i.year, 0) DESC, CASE i.qualifier WHEN 'EXACT' THEN 0 ELSE 1 END, i.key LIMIT 1 }[0] AS reported
