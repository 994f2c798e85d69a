import neo4j from "neo4j-driver";
const d = neo4j.driver("bolt://127.0.0.1:17687", neo4j.auth.none());
const s = d.session();
const [,, q, p] = process.argv;
const params = Object.fromEntries(Object.entries(JSON.parse(p ?? "{}")).map(([k, v]) => [k, Number.isInteger(v) && !k.startsWith("cap") ? neo4j.int(v) : v]));
const r = await s.run(q, params);
const show = (plan, depth = 0) => { console.log(" ".repeat(depth*2) + plan.operatorType + " rows=" + plan.rows + " hits=" + plan.dbHits + " " + (plan.arguments?.Details ?? "").slice(0, 160)); (plan.children ?? []).forEach(c => show(c, depth + 1)); };
if (r.summary.profile) { show(r.summary.profile); const tot = (p) => p.dbHits + (p.children ?? []).reduce((a, c) => a + tot(c), 0); console.log("TOTAL dbHits", tot(r.summary.profile)); }
else for (const rec of r.records) console.log(JSON.stringify(rec.toObject()).slice(0, 3000));
await s.close(); await d.close();
