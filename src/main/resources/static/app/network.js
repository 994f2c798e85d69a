// Partner network, drawn by cytoscape.js (vendored from npm at build time, see src/main/frontend): zoom, pan, fit,
// search-to-focus, labels only for the best-linked nodes until one zooms in, local firms / outside firms /
// institutions drawn apart and named in the legend, edges coloured by kind, communities as node borders and ★ for
// chain leaders only when Graph Data Science has measured real centrality (partners > 0). Concentric rings by
// distance from the root: a layout that costs nothing at 1,000 nodes; small networks get a force layout on top.
// Depth and kind filters, export links, and a list of the nodes (keyboard and screen readers).
import cytoscape from './vendor/cytoscape/cytoscape.esm.min.js';
import { gql, h, num } from './api.js';
import { t, label, getLang } from './i18n.js';
import { nodeLink, loading, failure } from './common.js';

const KINDS = ['COLLABORATION', 'JOINT_PROJECT', 'CO_PATENT', 'CO_STANDARD', 'SUPPLY'];
const KIND_COLOURS = { COLLABORATION: '#2b7bb9', JOINT_PROJECT: '#8e44ad', CO_PATENT: '#d35400', CO_STANDARD: '#16a085', SUPPLY: '#7f8c8d' };
const COMMUNITY_COLOURS = ['#e74c3c', '#27ae60', '#2980b9', '#f39c12', '#8e44ad', '#16a085', '#d35400', '#2c3e50'];
const NODE_COLOURS = { local: '#2f6db5', outside: '#ffffff', institution: '#f0a35e', root: '#14324f' };
// the best-linked nodes keep their label at any zoom; the others show it once zoomed in
const ALWAYS_LABELLED = 25;
// below this many nodes a force layout (cose) refines the rings; above, the rings stay (instant)
const FORCE_UP_TO = 150;

const NETWORK_QUERY = `query Network($id: ID!, $depth: Int, $kinds: [LinkKind!], $lang: Lang) {
  capabilities { gds }
  partnerNetwork(id: $id, depth: $depth, kinds: $kinds) {
    root depth truncated
    nodes { id type name nameEn local distance degree centrality }
    edges { from to kind weight evidence { fact(lang: $lang) } }
  }
}`;
const GDS_QUERY = `query NetworkAnalytics {
  partnerCommunities(minSize: 2) { id size members { id } }
  chainLeaders(first: 10) { rank partners pageRank enterprise { id } }
}`;

/** `#/network/<id>?depth=2&kinds=SUPPLY,CO_PATENT` */
export async function renderNetwork(view, id, params) {
	const depth = Math.min(3, Math.max(1, Number(params.get('depth')) || 2));
	const kinds = (params.get('kinds') ?? '').split(',').filter((k) => KINDS.includes(k));
	const started = performance.now();
	loading(view);
	// the cluster-wide analytics are asked for at the same time as the network, not after it
	const analytics = gql(GDS_QUERY).catch(() => null);
	let data;
	try {
		({ data } = await gql(NETWORK_QUERY, { id, depth, kinds: kinds.length ? kinds : null, lang: getLang() === 'zh' ? 'ZH' : 'EN' }));
	} catch (e) {
		failure(view, e);
		return;
	}
	const net = data.partnerNetwork;
	const community = new Map();
	const leaders = new Map();
	if (data.capabilities.gds) {
		// analytics are an extra: the graph is still shown without them
		const gds = (await analytics)?.data;
		(gds?.partnerCommunities ?? []).forEach((c, i) => c.members.forEach((m) => community.set(m.id, i)));
		// a star says "central": only for leaders GDS found linked (partners and a PageRank above the floor)
		(gds?.chainLeaders ?? []).filter((l) => l.partners > 0).forEach((l) => leaders.set(l.enterprise.id, l.rank));
	}
	if (!view.isConnected) {
		return; // navigated away meanwhile
	}

	const exportQuery = new URLSearchParams({ id, depth: String(depth) });
	if (kinds.length) {
		exportQuery.set('kinds', kinds.join(','));
	}
	const info = h('aside', { id: 'network-info', class: 'card', 'aria-live': 'polite' },
		h('p', { class: 'muted' }, `${net.nodes.length} ${t('nodes')} · ${net.edges.length} ${t('edges')}`),
		h('p', { class: 'muted' }, t('networkHelp')));
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

	const canvas = h('div', { id: 'network-graph', role: 'img', 'aria-label': t('networkGraph'), 'data-nodes': net.nodes.length,
		'data-edges': net.edges.length });
	const search = h('input', { id: 'network-search', type: 'search', list: 'network-names', autocomplete: 'off',
		placeholder: t('findInNetwork'), 'aria-label': t('findInNetwork') });
	const names = h('datalist', { id: 'network-names' }, net.nodes.map((n) => h('option', { value: label(n) })));
	const controls = h('div', { class: 'network-controls' },
		h('button', { type: 'button', id: 'network-zoom-in', 'aria-label': t('zoomIn') }, '+'),
		h('button', { type: 'button', id: 'network-zoom-out', 'aria-label': t('zoomOut') }, '−'),
		h('button', { type: 'button', id: 'network-fit' }, t('fit')),
		h('form', { id: 'network-find', class: 'network-find' }, search, names, h('button', { type: 'submit' }, t('find'))));
	const list = h('details', { class: 'network-list' }, h('summary', {}, t('nodeList', net.nodes.length)),
		h('ul', {}, [...net.nodes].sort((a, b) => b.degree - a.degree).map((n) => h('li', {},
			h('button', { type: 'button', class: 'net-node-item', 'data-id': n.id }, label(n)), ` ${t(n.type)} · ${t('partners')} ${n.degree}`))));

	view.replaceChildren(h('section', { class: 'network-view' },
		h('div', { class: 'toolbar' },
			h('h2', {}, `${t('network')}: `, root ? nodeLink({ __typename: root.type, ...root }) : id),
			h('span', { class: 'exports' }, `${t('export')}: `,
				['graphml', 'gexf', 'csv'].map((f) => h('a', { class: 'button', id: `export-${f}`, href: `/export/network.${f}?${exportQuery}`,
					download: `network.${f}`, 'aria-label': `${t('export')} ${f.toUpperCase()}` }, f.toUpperCase())))),
		form,
		net.truncated ? h('p', { class: 'warning' }, t('truncated')) : null,
		data.capabilities.gds ? null : h('p', { class: 'muted' }, t('gdsOff')),
		legend(data.capabilities.gds, leaders.size > 0),
		h('div', { class: 'network-layout' },
			h('div', { class: 'network-canvas' }, controls, canvas),
			info),
		list));

	const cy = draw(canvas, net, community, leaders);
	const select = (nodeId) => {
		const node = net.nodes.find((n) => n.id === nodeId);
		if (!node) {
			return;
		}
		cy.elements().unselect();
		const el = cy.getElementById(nodeId);
		el.select();
		showInfo(info, node, net, leaders);
	};
	cy.on('tap', 'node', (e) => select(e.target.id()));
	list.addEventListener('click', (e) => {
		const button = e.target.closest('.net-node-item');
		if (button) {
			focusNode(cy, button.dataset.id);
			select(button.dataset.id);
		}
	});
	controls.querySelector('#network-zoom-in').addEventListener('click', () => zoomBy(cy, 1.4));
	controls.querySelector('#network-zoom-out').addEventListener('click', () => zoomBy(cy, 1 / 1.4));
	controls.querySelector('#network-fit').addEventListener('click', () => cy.animate({ fit: { padding: 30 } }, { duration: 250 }));
	controls.querySelector('#network-find').addEventListener('submit', (e) => {
		e.preventDefault();
		const text = search.value.trim().toLowerCase();
		const hit = net.nodes.find((n) => label(n).toLowerCase() === text)
			?? net.nodes.find((n) => `${n.name} ${n.nameEn ?? ''}`.toLowerCase().includes(text));
		if (hit) {
			focusNode(cy, hit.id);
			select(hit.id);
		} else {
			info.replaceChildren(h('p', { class: 'muted' }, `${t('noResults')} (${search.value})`));
		}
	});
	canvas.dataset.renderMs = String(Math.round(performance.now() - started));
	canvas.dataset.ready = 'true';
}

function zoomBy(cy, factor) {
	cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
	cy.emit('zoom');
}

function focusNode(cy, id) {
	const el = cy.getElementById(id);
	if (el.nonempty()) {
		cy.animate({ center: { eles: el }, zoom: Math.max(cy.zoom(), 1.6) }, { duration: 300 });
	}
}

function kindOf(n, rootId) {
	if (n.id === rootId) {
		return 'root';
	}
	if (n.type === 'Institution') {
		return 'institution';
	}
	return n.local === false ? 'outside' : 'local';
}

function draw(container, net, community, leaders) {
	const ranked = [...net.nodes].sort((a, b) => b.degree - a.degree);
	const labelled = new Set(ranked.slice(0, ALWAYS_LABELLED).map((n) => n.id));
	labelled.add(net.root);
	const maxDegree = Math.max(1, ...net.nodes.map((n) => n.degree));
	const elements = [
		...net.nodes.map((n) => ({
			group: 'nodes',
			data: {
				id: n.id, label: `${leaders.has(n.id) ? '★ ' : ''}${label(n)}`, kind: kindOf(n, net.root), distance: n.distance, degree: n.degree,
				size: n.id === net.root ? 34 : 14 + 22 * Math.sqrt(n.degree / maxDegree),
				community: community.has(n.id) ? COMMUNITY_COLOURS[community.get(n.id) % COMMUNITY_COLOURS.length] : '#ffffff',
			},
			classes: [labelled.has(n.id) ? 'top' : '', leaders.has(n.id) ? 'leader' : '', community.has(n.id) ? 'in-community' : ''].join(' ').trim(),
		})),
		...net.edges.filter((e) => e.from !== e.to).map((e, i) => ({
			group: 'edges',
			data: { id: `e${i}`, source: e.from, target: e.to, kind: e.kind, colour: KIND_COLOURS[e.kind], width: Math.min(6, 1 + e.weight) },
			classes: e.kind === 'SUPPLY' ? 'directed' : '',
		})),
	];
	const big = net.nodes.length > FORCE_UP_TO;
	const cy = cytoscape({
		container,
		elements,
		minZoom: 0.05,
		maxZoom: 6,
		wheelSensitivity: 0.3,
		// a large network stays fluid while panning and zooming
		textureOnViewport: big,
		hideEdgesOnViewport: net.edges.length > 1500,
		pixelRatio: big ? 1 : 'auto',
		style: [
			{ selector: 'node', style: {
				width: 'data(size)', height: 'data(size)', 'background-color': NODE_COLOURS.local, 'border-width': 2, 'border-color': '#ffffff',
				label: 'data(label)', 'font-size': 11, 'min-zoomed-font-size': 9, color: '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 3,
				'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-max-width': 140, 'text-wrap': 'ellipsis',
			} },
			// the best-linked nodes are labelled at every zoom; the rest once their label would be readable
			{ selector: 'node.top', style: { 'font-size': 13, 'min-zoomed-font-size': 0, 'font-weight': 600 } },
			{ selector: 'node[kind = "outside"]', style: { 'background-color': NODE_COLOURS.outside, 'border-color': '#2f6db5', 'border-width': 3 } },
			{ selector: 'node[kind = "institution"]', style: { shape: 'round-rectangle', 'background-color': NODE_COLOURS.institution } },
			{ selector: 'node[kind = "root"]', style: { 'background-color': NODE_COLOURS.root } },
			{ selector: 'node.in-community', style: { 'border-color': 'data(community)', 'border-width': 4 } },
			{ selector: 'node.leader', style: { 'border-color': '#d4a017', 'border-width': 5 } },
			{ selector: 'node:selected', style: { 'overlay-color': '#f5a623', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
			{ selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', opacity: 0.75, 'curve-style': big ? 'haystack' : 'bezier' } },
			{ selector: 'edge.directed', style: { 'target-arrow-shape': big ? 'none' : 'triangle', 'target-arrow-color': 'data(colour)', 'curve-style': big ? 'haystack' : 'bezier' } },
		],
		// rings by distance from the root, the best-linked nearest the top of each ring
		layout: { name: 'concentric', concentric: (n) => 10 - n.data('distance') + n.data('degree') / (maxDegree + 1),
			levelWidth: () => 1, minNodeSpacing: 8, animate: false, padding: 30 },
	});
	if (!big) {
		cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90,
			numIter: 600, padding: 30 }).run();
	}
	return cy;
}

function legend(gds, stars) {
	const shape = (cls, text) => h('span', { class: 'legend-item' }, h('span', { class: `legend-shape ${cls}` }), text);
	return h('p', { class: 'legend', 'aria-label': t('legend') },
		shape('local', t('localFirm')), shape('outside', t('outsideFirm')), shape('institution', t('institutionSquare')),
		shape('root', t('centreNode')),
		KINDS.map((k) => h('span', { class: 'legend-item' }, h('span', { class: 'swatch', style: `background:${KIND_COLOURS[k]}` }), t(k))),
		h('span', { class: 'legend-item' }, t('supplyArrow')),
		gds && stars ? h('span', { class: 'legend-item' }, '★ ', t('chainLeader')) : null,
		gds ? h('span', { class: 'legend-item' }, h('span', { class: 'legend-shape ring' }), t('community')) : null);
}

function showInfo(info, n, net, leaders) {
	const links = net.edges.filter((e) => e.from === n.id || e.to === n.id);
	const byId = new Map(net.nodes.map((x) => [x.id, x]));
	info.replaceChildren(...[
		h('h3', {}, label(n)),
		h('p', {}, `${t(n.type)}${n.type === 'Enterprise' ? ` · ${n.local === false ? t('outsideWord') : t('localWord')}` : ''} · ${t('depth')} ${n.distance} · ${t('partners')} ${n.degree}`,
			n.centrality != null ? ` · PageRank ${num(n.centrality, 3)}` : '',
			leaders.has(n.id) ? ` · ★ ${t('chainLeader')} #${leaders.get(n.id)}` : ''),
		h('p', {}, n.type === 'Enterprise' ? h('a', { href: `#/enterprise/${encodeURIComponent(n.id)}` }, t('profile')) : null, ' ',
			h('a', { href: `#/network/${encodeURIComponent(n.id)}` }, t('centre'))),
		h('ul', { class: 'link-list' }, links.slice(0, 50).map((e) => {
			const other = byId.get(e.from === n.id ? e.to : e.from);
			return h('li', {}, h('span', { class: 'swatch', style: `background:${KIND_COLOURS[e.kind]}` }), `${t(e.kind)}: ${label(other)}`,
				h('ul', {}, e.evidence.map((ev) => h('li', { class: 'muted evidence-fact' }, ev.fact))));
		})),
		links.length > 50 ? h('p', { class: 'muted' }, t('moreLinks', links.length - 50)) : null].filter(Boolean));
}
