// Derived sort key: an enterprise's output in its latest reported year, summed over products. The
// outputs are summed in a fixed order, so the same graph gives the same bits however it was loaded.
// Only the enterprises whose value changed are written (<> is null when either side is null).
MATCH (e:Enterprise)
OPTIONAL MATCH (e)-[p:PRODUCES]->()
WITH e, p ORDER BY p.outputT
WITH e, max(p.year) AS latest, collect(p) AS ps
WITH e, [p IN ps WHERE p.year = latest AND p.outputT IS NOT NULL | p.outputT] AS outputs
WITH e, CASE WHEN size(outputs) = 0 THEN null ELSE reduce(s = 0.0, x IN outputs | s + x) END AS v
WHERE coalesce(e.latestOutputT <> v, (e.latestOutputT IS NULL) <> (v IS NULL))
SET e.latestOutputT = v
