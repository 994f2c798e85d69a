// One row per node and source citing it; the exporter keeps the columns of the format.
MATCH (n:Enterprise) WHERE $key IS NULL OR n.key = $key
OPTIONAL MATCH (n)-[c:CITED_BY]->(s:Source)
RETURN n {.*, park: head([(n)-[:LOCATED_IN]->(x:Park) | x.key]), region: head([(n)-[:IN_REGION]->(x:Region) | x.key]), source: s.key, excerpt: c.excerpt} AS row
