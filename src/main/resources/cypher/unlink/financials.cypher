// Removes the figures an enterprise reported (for one year, or all years).
WITH $row AS row
MATCH (a:Enterprise {key: row.enterprise})-[:REPORTED]->(r:Financials)
WHERE row.props.year IS NULL OR r.year = row.props.year
DETACH DELETE r
RETURN count(r) AS removed
