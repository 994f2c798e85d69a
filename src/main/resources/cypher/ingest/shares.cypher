// One relationship per reported share: sources that disagree stay side by side.
UNWIND $rows AS row
MATCH (m:Metal {key: row.metal})
MATCH (holder:$(row.holder.label) {key: row.holder.key})
MERGE (m)-[r:HAS_SHARE {scope: row.props.scope, basis: row.props.basis, year: row.props.year, source: row.props.source, definition: coalesce(row.props.definition, '')}]->(holder)
SET r = row.props, r.definition = coalesce(row.props.definition, '')
