// One row per node; the exporter keeps the columns of the format.
MATCH (n:Source) WHERE $key IS NULL OR n.key = $key
RETURN n {.*} AS row
