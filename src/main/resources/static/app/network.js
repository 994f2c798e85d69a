// Partner network: a force-directed graph around one actor, edges coloured by kind, communities shaded and
// chain leaders marked (when Graph Data Science is installed), depth and kind filters, export links.
import { gql, h, s, num } from './api.js';
import { t, label } from './i18n.js';
import { nodeLink, loading, failure } from './common.js';

const KINDS = ['COLLABORATION', 'JOINT_PROJECT', 'CO_PATENT', 'CO_STANDARD', 'SUPPLY'];
const KIND_COLOURS = { COLLABORATION: '#2b7bb9', JOINT_PROJECT: '#8e44ad', CO_PATENT: '#d35400', CO_STANDARD: '#16a085', SUPPLY: '#7f8c8d' };
const COMMUNITY_COLOURS = ['#fde2e4', '#e2f0cb', '#cde7f0', '#fff1c1', '#e4d9f7', '#d7f3e3', '#fbe0c3', '#dfe7fd'];

const NETWORK_QUERY = `query Network($id: ID!, $depth: Int, $kinds: [LinkKind!]) {
  capabilities { gds }
  partnerNetwork(id: $id, depth: $depth, kinds: $kinds) {
    root depth truncated
    nodes { id type name nameEn local distance degree centrality }
    edges { from to kind weight evidence { fact } }
  }
}`;
const GDS_QUERY = `query NetworkAnalytics {
  partnerCommunities(minSize: 2) { id size members { id } }
  chainLeaders(first: 10) { rank enterprise { id } }
}`;

/** `#/network/<id>?depth=2&kinds=SUPPLY,CO_PATENT` */
export async function renderNetwork(view, id, params) {
	const depth = Math.min(3, Math.max(1, Number(params.get('depth')) || 2));
	const kinds = (params.get('kinds') ?? '').split(',').filter((k) => KINDS.includes(k));
	loading(view);
	let data;
	try {
		({ data } = await gql(NETWORK_QUERY, { id, depth, kinds: kinds.length ? kinds : null }));
	} catch (e) {
		failure(view, e);
		return;
	}
	const net = data.partnerNetwork;
	const community = new Map();
	const leaders = new Map();
	if (data.capabilities.gds) {
		try {
			const { data: gds } = await gql(GDS_QUERY);
			(gds.partnerCommunities ?? []).forEach((c, i) => c.members.forEach((m) => community.set(m.id, i)));
			(gds.chainLeaders ?? []).forEach((l) => leaders.set(l.enterprise.id, l.rank));
		} catch (e) {
			// analytics are an extra: the graph is still shown without them
		}
	}

	const exportQuery = new URLSearchParams({ id, depth: String(depth) });
	if (kinds.length) {
		exportQuery.set('kinds', kinds.join(','));
	}
	const info = h('aside', { id: 'network-info', class: 'card', 'aria-live': 'polite' },
		h('p', { class: 'muted' }, `${net.nodes.length} ${t('nodes')} · ${net.edges.length} ${t('edges')}`));
	const root = net.nodes.find((n) => n.id === net.root);

	const form = h('form', { class: 'filters', 'aria-label': t('kinds') },
		h('label', { for: 'depth-select' }, t('depth')),
		h('select', { id: 'depth-select', name: 'depth' }, [1, 2, 3].map((d) => h('option', { value: d, selected: d === depth }, d))),
		h('fieldset', {}, h('legend', {}, t('kinds')),
			KINDS.map((k) => h('label', { class: 'kind-check' },
				h('input', { type: 'checkbox', name: 'kind', value: k, checked: kinds.length === 0 || kinds.includes(k) }),
				h('span', { class: 'swatch', style: `background:${KIND_COLOURS[k]}` }), t(k)))),
		h('button', { type: 'submit', id: 'apply-filters' }, t('apply')));
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		const chosen = [...form.querySelectorAll('input[name=kind]:checked')].map((x) => x.value);
		const q = new URLSearchParams({ depth: form.querySelector('#depth-select').value });
		if (chosen.length && chosen.length < KINDS.length) {
			q.set('kinds', chosen.join(','));
		}
		location.hash = `#/network/${encodeURIComponent(id)}?${q}`;
	});

	view.replaceChildren(h('section', { class: 'network-view' },
		h('div', { class: 'toolbar' },
			h('h2', {}, `${t('network')}: `, root ? nodeLink({ __typename: root.type, ...root }) : id),
			h('span', { class: 'exports' }, `${t('export')}: `,
				['graphml', 'gexf', 'csv'].map((f) => h('a', { class: 'button', id: `export-${f}`, href: `/export/network.${f}?${exportQuery}`,
					download: `network.${f}`, 'aria-label': `${t('export')} ${f.toUpperCase()}` }, f.toUpperCase())))),
		form,
		net.truncated ? h('p', { class: 'warning' }, t('truncated')) : null,
		data.capabilities.gds ? null : h('p', { class: 'muted' }, t('gdsOff')),
		h('div', { class: 'network-layout' },
			h('div', { class: 'network-canvas' }, drawGraph(net, community, leaders, (n) => showInfo(info, n, net, leaders))),
			info),
		legend(data.capabilities.gds)));
}

function legend(gds) {
	return h('p', { class: 'legend', 'aria-label': t('legend') },
		KINDS.map((k) => h('span', { class: 'legend-item' }, h('span', { class: 'swatch', style: `background:${KIND_COLOURS[k]}` }), t(k))),
		gds ? h('span', { class: 'legend-item' }, '★ ', t('chainLeader')) : null,
		gds ? h('span', { class: 'legend-item' }, h('span', { class: 'swatch round', style: `background:${COMMUNITY_COLOURS[0]}` }), t('community')) : null);
}

function showInfo(info, n, net, leaders) {
	const links = net.edges.filter((e) => e.from === n.id || e.to === n.id);
	const byId = new Map(net.nodes.map((x) => [x.id, x]));
	info.replaceChildren(
		h('h3', {}, label(n)),
		h('p', {}, `${t(n.type)} · ${t('depth')} ${n.distance} · ${t('partners')} ${n.degree}`,
			n.centrality != null ? ` · PageRank ${num(n.centrality, 3)}` : '',
			leaders.has(n.id) ? ` · ★ ${t('chainLeader')} #${leaders.get(n.id)}` : ''),
		h('p', {}, n.type === 'Enterprise' ? h('a', { href: `#/enterprise/${encodeURIComponent(n.id)}` }, t('profile')) : null, ' ',
			h('a', { href: `#/network/${encodeURIComponent(n.id)}` }, t('centre'))),
		h('ul', { class: 'link-list' }, links.map((e) => {
			const other = byId.get(e.from === n.id ? e.to : e.from);
			return h('li', {}, h('span', { class: 'swatch', style: `background:${KIND_COLOURS[e.kind]}` }), `${t(e.kind)}: ${label(other)}`,
				h('ul', {}, e.evidence.map((ev) => h('li', { class: 'muted' }, ev.fact))));
		})));
}

/** A small force-directed layout (repulsion, springs, gravity), computed once and drawn as SVG. */
function layout(nodes, edges, size) {
	const n = nodes.length;
	const idx = new Map(nodes.map((x, i) => [x.id, i]));
	const maxDist = Math.max(1, ...nodes.map((x) => x.distance));
	const pts = nodes.map((x, i) => {
		const angle = (2 * Math.PI * i) / Math.max(1, n) + x.distance;
		const r = (x.distance / maxDist) * size * 0.35;
		return { x: Math.cos(angle) * r, y: Math.sin(angle) * r, vx: 0, vy: 0 };
	});
	const links = edges.map((e) => [idx.get(e.from), idx.get(e.to)]).filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
	const k = Math.sqrt((size * size) / Math.max(1, n)) * 0.6;
	for (let step = 0, temp = size / 8; step < 300; step++, temp *= 0.985) {
		for (const p of pts) {
			p.vx = -p.x * 0.02;
			p.vy = -p.y * 0.02;
		}
		for (let i = 0; i < n; i++) {
			for (let j = i + 1; j < n; j++) {
				let dx = pts[i].x - pts[j].x;
				let dy = pts[i].y - pts[j].y;
				let d2 = dx * dx + dy * dy;
				if (d2 < 0.01) {
					dx = Math.random() - 0.5;
					dy = Math.random() - 0.5;
					d2 = 0.5;
				}
				const f = (k * k) / d2;
				pts[i].vx += dx * f;
				pts[i].vy += dy * f;
				pts[j].vx -= dx * f;
				pts[j].vy -= dy * f;
			}
		}
		for (const [a, b] of links) {
			const dx = pts[a].x - pts[b].x;
			const dy = pts[a].y - pts[b].y;
			const d = Math.sqrt(dx * dx + dy * dy) || 1;
			const f = d / k;
			pts[a].vx -= dx * f;
			pts[a].vy -= dy * f;
			pts[b].vx += dx * f;
			pts[b].vy += dy * f;
		}
		for (let i = 0; i < n; i++) {
			if (i === 0) {
				continue; // the root stays at the centre
			}
			const p = pts[i];
			const v = Math.sqrt(p.vx * p.vx + p.vy * p.vy) || 1;
			const move = Math.min(v, temp);
			p.x += (p.vx / v) * move;
			p.y += (p.vy / v) * move;
		}
	}
	return pts;
}

function drawGraph(net, community, leaders, onSelect) {
	const size = 640;
	const nodes = [...net.nodes].sort((a, b) => (a.id === net.root ? -1 : b.id === net.root ? 1 : a.distance - b.distance));
	const pts = layout(nodes, net.edges, size);
	const xs = pts.map((p) => p.x);
	const ys = pts.map((p) => p.y);
	const pad = 90;
	const minX = Math.min(...xs, 0) - pad;
	const minY = Math.min(...ys, 0) - pad;
	const w = Math.max(...xs, 0) - minX + pad;
	const hgt = Math.max(...ys, 0) - minY + pad;
	const pos = new Map(nodes.map((x, i) => [x.id, pts[i]]));
	const svg = s('svg', { id: 'network-graph', role: 'group', 'aria-label': t('networkGraph'), viewBox: `${minX} ${minY} ${w} ${hgt}`,
		preserveAspectRatio: 'xMidYMid meet' });
	const shade = s('g', { class: 'communities' });
	const edgeLayer = s('g', { class: 'edges' });
	const nodeLayer = s('g', { class: 'nodes' });
	for (const x of nodes) {
		if (community.has(x.id)) {
			const p = pos.get(x.id);
			shade.append(s('circle', { cx: p.x, cy: p.y, r: 46, fill: COMMUNITY_COLOURS[community.get(x.id) % COMMUNITY_COLOURS.length],
				class: 'community', 'data-community': community.get(x.id) }));
		}
	}
	// parallel links of different kinds between the same pair are bent apart
	const pairCount = new Map();
	for (const e of net.edges) {
		const a = pos.get(e.from);
		const b = pos.get(e.to);
		if (!a || !b) {
			continue;
		}
		const pair = [e.from, e.to].sort().join('|');
		const nth = pairCount.get(pair) ?? 0;
		pairCount.set(pair, nth + 1);
		const bend = nth === 0 ? 0 : (nth % 2 ? 1 : -1) * Math.ceil(nth / 2) * 18;
		const mx = (a.x + b.x) / 2;
		const my = (a.y + b.y) / 2;
		const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
		const cx = mx - ((b.y - a.y) / len) * bend;
		const cy = my + ((b.x - a.x) / len) * bend;
		edgeLayer.append(s('path', { class: `net-edge kind-${e.kind}`, d: `M${a.x},${a.y} Q${cx},${cy} ${b.x},${b.y}`,
			stroke: KIND_COLOURS[e.kind], 'stroke-width': Math.min(6, 1.5 + e.weight), fill: 'none', 'data-kind': e.kind },
		s('title', {}, `${t(e.kind)} (${e.weight})`)));
	}
	for (const x of nodes) {
		const p = pos.get(x.id);
		const isRoot = x.id === net.root;
		const r = isRoot ? 16 : 9 + Math.min(8, x.degree);
		const g = s('g', { class: `net-node type-${x.type}${isRoot ? ' root' : ''}${leaders.has(x.id) ? ' leader' : ''}`,
			'data-id': x.id, transform: `translate(${p.x},${p.y})`, role: 'button', tabindex: 0,
			'aria-label': `${label(x)} (${t(x.type)})${leaders.has(x.id) ? `, ${t('chainLeader')}` : ''}` });
		g.append(x.type === 'Institution'
			? s('rect', { x: -r, y: -r, width: 2 * r, height: 2 * r, rx: 3 })
			: s('circle', { r }));
		if (leaders.has(x.id)) {
			g.append(s('text', { class: 'leader-mark', x: 0, y: 5, 'text-anchor': 'middle' }, '★'));
		}
		g.append(s('text', { class: 'net-label', x: 0, y: r + 14, 'text-anchor': 'middle' }, shorten(label(x))));
		g.addEventListener('click', () => onSelect(x));
		g.addEventListener('keydown', (ev) => {
			if (ev.key === 'Enter' || ev.key === ' ') {
				ev.preventDefault();
				onSelect(x);
			}
		});
		nodeLayer.append(g);
	}
	svg.append(shade, edgeLayer, nodeLayer);
	return svg;
}

function shorten(text) {
	return text.length > 14 ? `${text.slice(0, 13)}…` : text;
}
