UNWIND $rows AS row
MATCH (e:Enterprise {key: row.enterprise})
MERGE (f:Financials {key: row.enterprise + '/' + toString(row.props.year)})
SET f = row.props, f.key = row.enterprise + '/' + toString(row.props.year)
MERGE (e)-[:REPORTED {year: row.props.year}]->(f)
