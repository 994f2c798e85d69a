import neo4j from "neo4j-driver";
const d = neo4j.driver("bolt://127.0.0.1:17687", neo4j.auth.none());
const qs = JSON.parse(process.argv[2]); const p = JSON.parse(process.argv[3]);
for (const [name, q] of Object.entries(qs)) {
  const s = d.session();
  for (let i = 0; i < 50; i++) await s.run(q, p);
  const t = Date.now(); const n = 400;
  for (let i = 0; i < n; i++) await s.run(q, p);
  console.log(name, ((Date.now() - t) / n).toFixed(2), "ms/query");
  await s.close();
}
await d.close();
