// First part of facts.cypher: the enterprises named in $keys, each found through its key.
UNWIND $keys AS key
MATCH (e:Enterprise {key: key})
WITH DISTINCT e
