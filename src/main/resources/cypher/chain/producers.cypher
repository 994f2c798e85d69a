// The products each of the enterprises $keys makes (in production or at pilot stage), for their chain roles.
UNWIND $keys AS key
MATCH (e:Enterprise {key: key})-[r:PRODUCES]->(p:Product)
WHERE r.status IN ['PRODUCTION', 'PILOT']
RETURN key, e.local AS local, p.key AS product
ORDER BY key, product
