// Local enterprises on the chain of metal $metal (making a product of that metal), or all local
// enterprises when $metal is null.
MATCH (e:Enterprise)
WHERE e.local = true
  AND ($metal IS NULL OR EXISTS { (e)-[:PRODUCES]->(:Product)-[:OF_METAL]->(:Metal {key: $metal}) })
RETURN e
