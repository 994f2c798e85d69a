// One row per node; the exporter keeps the columns of the format.
MATCH (n:Source)
RETURN n {.*} AS row
