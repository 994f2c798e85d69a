// One row per relationship: its properties (with source and excerpt) and its endpoints.
MATCH (a:Patent|Standard|Project)-[r:CONCERNS]->(b:Metal|Product) WHERE r.source IS NOT NULL AND ($from IS NULL OR a.key = $from) AND ($to IS NULL OR b.key = $to)
RETURN r {.*, subject: [l IN labels(a) WHERE l IN ['Patent', 'Standard', 'Project']][0] + ':' + a.key, object: [l IN labels(b) WHERE l IN ['Metal', 'Product']][0] + ':' + b.key} AS row
