WITH n, row
MATCH (source:Source {key: row.source})
MERGE (n)-[c:CITED_BY]->(source)
SET c.excerpt = row.excerpt
