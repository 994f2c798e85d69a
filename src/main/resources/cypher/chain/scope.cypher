// Checks the arguments of a chain-gap request: whether the metal exists ('' = any), and the park (pk, or null).
OPTIONAL MATCH (pk:Park {key: $park})
RETURN $metal = '' OR EXISTS { (:Metal {key: $metal}) } AS metalKnown, pk
