// The shortlist, last changed first: each entry with its enterprise, product (if any), the product's
// metal, and the enterprise's city and province names. $statuses and $metal (null: any) filter it;
// $key (null: any) picks one entry.
MATCH (s:ShortlistEntry)-[:TARGETS]->(e:Enterprise)
WHERE ($statuses IS NULL OR s.status IN $statuses) AND ($key IS NULL OR s.key = $key)
OPTIONAL MATCH (s)-[:FOR_PRODUCT]->(p:Product)
WITH s, e, p, COLLECT { MATCH (p)-[:OF_METAL]->(m:Metal) RETURN m.key }[0] AS metal
WHERE $metal IS NULL OR metal = $metal
RETURN s, e, p, metal,
       COLLECT { MATCH (e)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(r:Region {level: 'CITY'}) RETURN r ORDER BY r.key }[0] AS city,
       COLLECT { MATCH (e)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(r:Region {level: 'PROVINCE'}) RETURN r ORDER BY r.key }[0] AS province
ORDER BY s.updatedAt DESC, s.key
LIMIT $first
