// One relationship per reported figure: two sources giving the same metal, holder and year stay two
// facts side by side (a figure is identified by its year, its source and what it measures).
UNWIND $rows AS row
MATCH (m:Metal {key: row.metal})
MATCH (holder:$(row.holder.label) {key: row.holder.key})
MERGE (m)-[r:OUTPUT {year: row.props.year, source: row.props.source, definition: coalesce(row.props.definition, '')}]->(holder)
SET r = row.props, r.definition = coalesce(row.props.definition, '')
