// Reported financial figures of many enterprises (sensitive: the one place they are read for the API).
UNWIND $keys AS key
MATCH (:Enterprise {key: key})-[:REPORTED]->(f:Financials)
OPTIONAL MATCH (src:Source {key: f.source})
RETURN key, f, src
ORDER BY f.year DESC
