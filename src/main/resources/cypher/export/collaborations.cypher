// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Enterprise)-[r:COLLABORATES_WITH]->(b:Institution) WHERE ($from IS NULL OR a.key = $from) AND ($to IS NULL OR b.key = $to)
RETURN r {.*, enterprise: a.key, institution: b.key} AS row
