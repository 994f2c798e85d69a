// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Enterprise)-[r:COLLABORATES_WITH]->(b:Institution)
RETURN r {.*, enterprise: a.key, institution: b.key} AS row
