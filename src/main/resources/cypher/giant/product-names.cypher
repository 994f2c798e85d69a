// Names of the products $keys, for the chain-role reasons people read (never the internal keys).
UNWIND $keys AS key
MATCH (p:Product {key: key})
RETURN p.key AS key, p.name AS name, coalesce(p.nameZh, p.name) AS nameZh
