// For a target list: each enterprise's city and province (names in both languages) and the sources
// that cite it. $keys: enterprise keys.
UNWIND $keys AS key
MATCH (e:Enterprise {key: key})
RETURN key,
  COLLECT { MATCH (e)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(r:Region {level: 'CITY'})
    RETURN r {.name, .nameEn} ORDER BY r.key }[0] AS city,
  COLLECT { MATCH (e)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(r:Region {level: 'PROVINCE'})
    RETURN r {.name, .nameEn} ORDER BY r.key }[0] AS province,
  COLLECT { MATCH (e)-[:CITED_BY]->(s:Source)
    RETURN DISTINCT s.title + coalesce(' · ' + s.publisher, '') + coalesce(' · ' + toString(s.date), '')
      + coalesce(' · ' + s.url, '') AS source ORDER BY source } AS sources
