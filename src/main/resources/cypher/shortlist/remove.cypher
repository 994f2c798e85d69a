// Removes one shortlist entry with its links to the enterprise and product.
MATCH (s:ShortlistEntry {key: $key})
DETACH DELETE s
