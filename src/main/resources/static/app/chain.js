// Chain map: stages left to right, products as nodes, FEEDS edges, STRONG / WEAK / MISSING / UNKNOWN colours, the
// coverage line (how much of the cluster the graph names), the basis of each status on hover and on its card, gap cards.
// Laid out for people: columns as wide as the screen allows (at least 200 px), names of 15 px wrapped onto two lines and
// never cut without a tooltip, every status and key in words; a park selector scopes the gaps; evidence is paged.
import { gql, h, s, num } from './api.js';
import { t, label, getLang } from './i18n.js';
import { sourceList, nodeLink, statusBadge, loading, failure, NODE_NAME } from './common.js';
import { targetButtons, shortlistForm } from './targets.js';

const CHAIN_QUERY = `query ChainMap($metal: String!, $parkId: ID, $lang: Lang) {
  parks { id name nameEn }
  clusterStats {
    coverage { namedLocalFirms reportedLocalFirms ratio }
    chains { metal { symbol name nameZh } strong weak missing unknown localProcessingRate clusterOutputT clusterShare
      clusterShareScope namedShareOfClusterOutput } }
  industryChain(metal: $metal) {
    key name nameEn metal { symbol name nameZh }
    stages { key order kind name nameEn
      products { id key name nameZh metal { symbol } inputs { key }
        chainLink { status basis localProducers outsideProducers localCapacityT localOutputT
          explanationZh: explanation(lang: ZH) explanationEn: explanation(lang: EN) inferredFrom { key name nameZh } }
        localProducers { status capacityT enterprise { id name nameEn shortName } } } }
  }
  chainGaps(metal: $metal, parkId: $parkId) {
    id kind severity product { key } stage { key name nameEn }
    reasonZh: reason(lang: ZH) reasonEn: reason(lang: EN)
    evidence { edges { type detail(lang: $lang) from { ${NODE_NAME} } to { ${NODE_NAME} } sources { title publisher date url excerpt } } }
    candidates { action score capacityT enterprise { id name nameEn local }
      reasonsZh: reasons(lang: ZH) reasonsEn: reasons(lang: EN) }
  }
}`;

const MIN_COL = 200;
const MAX_COL = 330;
const GAP_Y = 16;
const HEADER_H = 58;
const NAME_PX = 15;
const SMALL_PX = 13;
const LINE = 19;
const SMALL_LINE = 17;
const MAX_PRODUCERS_SHOWN = 3;
const EVIDENCE_PAGE = 10;
// the card column on wide screens (26rem); below 1025 px the card goes under the map
const CARD_W = 416;

/** `#/chain/Ag[/ag-paste][?park=Park:x]` */
export async function renderChain(view, metal, productKey, params = new URLSearchParams()) {
	const parkId = params.get('park') || null;
	loading(view);
	let data;
	try {
		({ data } = await gql(CHAIN_QUERY, { metal, parkId, lang: getLang() === 'zh' ? 'ZH' : 'EN' }));
	} catch (e) {
		failure(view, e);
		return;
	}
	const chain = data.industryChain;
	if (!chain) {
		failure(view, new Error(`${t('notFound')}: ${metal}`));
		return;
	}
	const gapsByProduct = new Map();
	for (const gap of data.chainGaps) {
		const list = gapsByProduct.get(gap.product.key) ?? [];
		list.push(gap);
		gapsByProduct.set(gap.product.key, list);
	}
	const address = (key) => `#/chain/${encodeURIComponent(chain.metal.symbol)}${key ? `/${encodeURIComponent(key)}` : ''}${parkId ? `?park=${encodeURIComponent(parkId)}` : ''}`;

	const select = h('select', { id: 'metal-select', onchange: (e) => { location.hash = `#/chain/${e.target.value}${parkId ? `?park=${encodeURIComponent(parkId)}` : ''}`; } },
		data.clusterStats.chains.map((c) => h('option', { value: c.metal.symbol, selected: c.metal.symbol === chain.metal.symbol },
			metalOption(c.metal))));
	const parkSelect = h('select', { id: 'park-select', onchange: (e) => {
		location.hash = `#/chain/${encodeURIComponent(chain.metal.symbol)}${e.target.value ? `?park=${encodeURIComponent(e.target.value)}` : ''}`;
	} }, h('option', { value: '' }, t('wholeCluster')),
	data.parks.map((p) => h('option', { value: p.id, selected: p.id === parkId }, label(p))));
	const summary = data.clusterStats.chains.find((c) => c.metal.symbol === chain.metal.symbol);

	const card = h('aside', { id: 'gap-card', class: 'card', 'aria-live': 'polite' }, cardHint(parkId, data.parks));
	const scroll = h('div', { class: 'chain-scroll' });
	const ctx = { chain, gapsByProduct, parkId, address, card };
	const select_ = (key) => openCard(ctx, key);

	view.replaceChildren(
		h('section', { class: 'chain-view' },
			h('div', { class: 'toolbar' },
				h('h2', {}, `${label(chain.metal)} ${t('chainOf')}`),
				h('label', { for: 'metal-select' }, t('selectMetal')), select,
				h('label', { for: 'park-select' }, t('scope')), parkSelect,
				targetButtons(chain.metal.symbol, null, parkId, '-chain')),
			summary ? h('p', { class: 'summary' },
				statusBadge('STRONG'), ` ${summary.strong}  `, statusBadge('WEAK'), ` ${summary.weak}  `,
				statusBadge('MISSING'), ` ${summary.missing}  `, statusBadge('UNKNOWN'), ` ${summary.unknown}`,
				summary.localProcessingRate != null ? ` · ${t('processingRate')} ${num(summary.localProcessingRate * 100, 1)} %` : '') : null,
			coverageLine(data.clusterStats.coverage, summary),
			parkId ? h('p', { class: 'muted scope-note' }, t('parkScopeNote', label(data.parks.find((p) => p.id === parkId) ?? { name: parkId }))) : null,
			h('div', { class: 'chain-layout' }, scroll, card)));

	// the map takes the width it has: the layout's width less the card column on wide screens
	const layoutWidth = view.querySelector('.chain-layout').clientWidth || window.innerWidth;
	const available = (window.innerWidth > 1024 ? layoutWidth - CARD_W - 16 : layoutWidth) - 4;
	scroll.append(drawMap(chain, gapsByProduct, available, select_));

	if (productKey) {
		openCard(ctx, productKey);
	}
}

/** A metal by name; an element's symbol (Ag, Bi) added, a group's code (PGM) not: it is a key, not a word. */
export function metalOption(metal) {
	return metal.symbol.length <= 2 ? `${label(metal)} (${metal.symbol})` : label(metal);
}

function cardHint(parkId, parks) {
	return h('div', { class: 'card-hint' }, h('h3', {}, t('gapCard')), h('p', { class: 'muted' }, t('cardHint')),
		legendList(), parkId ? h('p', { class: 'muted' }, t('parkScopeNote', label(parks.find((p) => p.id === parkId) ?? { name: parkId }))) : null);
}

function legendList() {
	return h('ul', { class: 'chain-legend', 'aria-label': t('legend') },
		['STRONG', 'WEAK', 'MISSING', 'UNKNOWN'].map((st) => h('li', {}, statusBadge(st), ' ', t(`means_${st}`))));
}

// What the map rests on: named firms against the count the sources report, and the cluster's figure for the metal.
function coverageLine(coverage, summary) {
	const parts = [coverage.reportedLocalFirms != null
		? t('coverageOf', coverage.namedLocalFirms, coverage.reportedLocalFirms, num(coverage.ratio * 100, 0))
		: t('coverageNoCount', coverage.namedLocalFirms)];
	if (summary?.clusterOutputT != null || summary?.clusterShare != null) {
		parts.push(t('clusterFigure', summary.clusterOutputT != null ? num(summary.clusterOutputT) : null,
			summary.clusterShare != null ? num(summary.clusterShare * 100, 1) : null, t(`scope_${summary.clusterShareScope ?? 'NATIONAL'}`),
			summary.namedShareOfClusterOutput != null ? num(summary.namedShareOfClusterOutput * 100, 0) : null));
	}
	parts.push(t('unknownMeans'));
	return h('p', { class: 'coverage', 'data-coverage': coverage.ratio ?? '' }, parts.join(' · '));
}

function explanation(link) {
	return link ? (getLang() === 'zh' ? link.explanationZh : link.explanationEn) : '';
}

let measure;
function textWidth(text, px, weight = 400) {
	measure ??= document.createElement('canvas').getContext('2d');
	measure.font = `${weight} ${px}px "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif`;
	return measure.measureText(text).width;
}

/**
 * The text in at most `maxLines` lines of `width` px (words kept whole where there are spaces, Chinese
 * broken between characters); `cut` tells whether the last line had to end in "…".
 */
export function wrap(text, width, px, maxLines, weight = 400) {
	const fits = (str) => textWidth(str, px, weight) <= width;
	const tokens = /\s/.test(text) ? text.split(/(?<=\s)/) : [...text];
	// a word wider than a line is broken between its characters
	const parts = tokens.flatMap((tok) => (fits(tok.trim()) ? [tok] : [...tok]));
	const lines = [];
	let line = '';
	for (const part of parts) {
		if (line && !fits((line + part).trimEnd())) {
			lines.push(line.trimEnd());
			line = part.trimStart();
		} else {
			line += part;
		}
	}
	if (line) {
		lines.push(line.trimEnd());
	}
	const cut = lines.length > maxLines;
	const out = lines.slice(0, maxLines);
	if (cut) {
		let last = out[maxLines - 1];
		while (last.length > 1 && !fits(`${last}…`)) {
			last = last.slice(0, -1);
		}
		out[maxLines - 1] = `${last.trimEnd()}…`;
	}
	return { lines: out, cut };
}

function statusText(product, gapsByProduct) {
	const gaps = gapsByProduct.get(product.key) ?? [];
	return `${t(product.chainLink?.status ?? 'NONE')}${product.chainLink ? ` · ${t(`basis_${product.chainLink.basis}`)}` : ''}${gaps.length ? ` · ${t('gapCount')} ${gaps.length}` : ''}`;
}

function producerName(pr) {
	return getLang() === 'zh' ? (pr.enterprise.shortName || pr.enterprise.name) : label(pr.enterprise);
}

function drawMap(chain, gapsByProduct, available, onSelect) {
	const stages = [...chain.stages].sort((a, b) => a.order - b.order);
	const colW = Math.round(Math.min(MAX_COL, Math.max(MIN_COL, (available - 20) / Math.max(1, stages.length))));
	const nodeW = colW - 34;
	const textW = nodeW - 20;
	const pos = new Map();
	let height = 0;
	stages.forEach((stage, col) => {
		let y = HEADER_H;
		for (const p of stage.products) {
			if (pos.has(p.key)) {
				continue;
			}
			const name = wrap(label(p), textW, NAME_PX, 2, 600);
			const status = wrap(statusText(p, gapsByProduct), textW, SMALL_PX, 2);
			const shown = Math.min(p.localProducers.length, MAX_PRODUCERS_SHOWN);
			const nodeH = 10 + name.lines.length * LINE + status.lines.length * SMALL_LINE + shown * SMALL_LINE
				+ (p.localProducers.length > shown ? SMALL_LINE : 0) + 8;
			pos.set(p.key, { x: 20 + col * colW, y, h: nodeH, product: p, name, status });
			y += nodeH + GAP_Y;
		}
		height = Math.max(height, y);
	});
	const width = 20 + stages.length * colW;
	const svg = s('svg', { id: 'chain-map', role: 'group', 'aria-label': `${label(chain.metal)} ${t('chainOf')}`,
		viewBox: `0 0 ${width} ${height + 10}`, width, height: height + 10, 'data-column-width': colW });
	svg.append(s('defs', {}, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
		s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }))));
	stages.forEach((stage, col) => {
		const title = `${stage.order}. ${label(stage)}`;
		const header = wrap(title, colW - 16, 14, 2, 600);
		const text = s('text', { x: 20 + col * colW + nodeW / 2, y: 20, class: 'stage-title', 'text-anchor': 'middle' },
			header.lines.map((l, i) => s('tspan', { x: 20 + col * colW + nodeW / 2, dy: i === 0 ? 0 : 18 }, l)));
		if (header.cut) {
			text.append(s('title', {}, title));
		}
		svg.append(text);
		svg.append(s('line', { x1: 20 + col * colW - 15, y1: HEADER_H - 12, x2: 20 + col * colW - 15, y2: height, class: 'stage-rule' }));
	});
	const edges = s('g', { class: 'edges' });
	for (const { x, y, h: nodeH, product } of pos.values()) {
		for (const input of product.inputs) {
			const from = pos.get(input.key);
			if (!from) {
				continue;
			}
			const x1 = from.x + nodeW;
			const y1 = from.y + 20;
			const y2 = y + Math.min(20, nodeH / 2);
			let d;
			if (x > from.x) {
				const mid = (x1 + x) / 2;
				d = `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x - 2},${y2}`;
			} else {
				// a product feeding one at the same (or an earlier) stage: loop round the right-hand side
				const x2 = x + nodeW;
				const out = Math.max(x1, x2) + 26;
				d = `M${x1},${y1} C${out},${y1} ${out},${y2} ${x2 + 2},${y2}`;
			}
			edges.append(s('path', { class: 'feeds', d, 'marker-end': 'url(#arrow)' },
				s('title', {}, `${label(from.product)} → ${label(product)}`)));
		}
	}
	svg.append(edges);
	for (const { x, y, h: nodeH, product, name, status: statusLines } of pos.values()) {
		const status = product.chainLink?.status ?? 'NONE';
		const gaps = gapsByProduct.get(product.key) ?? [];
		const g = s('g', {
			class: `chain-node status-${status}${gaps.length ? ' has-gap' : ''}`, 'data-product': product.key, 'data-status': status,
			role: 'button', tabindex: 0,
			'aria-label': `${label(product)}: ${t(status)}${gaps.length ? `, ${t('gapCount')} ${gaps.length}` : ''}`,
			transform: `translate(${x},${y})`,
		});
		g.addEventListener('click', () => onSelect(product.key));
		g.addEventListener('keydown', (e) => {
			if (e.key === 'Enter' || e.key === ' ') {
				e.preventDefault();
				onSelect(product.key);
			}
		});
		g.append(s('rect', { width: nodeW, height: nodeH, rx: 8 }));
		let line = 10 + NAME_PX;
		name.lines.forEach((l) => {
			g.append(s('text', { x: 10, y: line, class: 'node-name' }, l));
			line += LINE;
		});
		for (const l of statusLines.lines) {
			g.append(s('text', { x: 10, y: line - 2, class: 'node-status' }, l));
			line += SMALL_LINE;
		}
		product.localProducers.slice(0, MAX_PRODUCERS_SHOWN).forEach((pr) => {
			const full = producerName(pr);
			const shown = wrap(`• ${full}`, textW - 4, SMALL_PX, 1);
			const text = s('text', { x: 14, y: line - 2, class: 'node-producer' }, shown.lines[0]);
			if (shown.cut) {
				text.append(s('title', {}, full));
			}
			g.append(text);
			line += SMALL_LINE;
		});
		if (product.localProducers.length > MAX_PRODUCERS_SHOWN) {
			const rest = product.localProducers.slice(MAX_PRODUCERS_SHOWN);
			g.append(s('text', { x: 14, y: line - 2, class: 'node-producer' }, t('moreProducers', rest.length),
				s('title', {}, rest.map(producerName).join('、'))));
		}
		// the whole name, status and basis on hover: nothing on the node is cut without it
		g.append(s('title', {}, `${label(product)}: ${t(status)} — ${explanation(product.chainLink)}`));
		svg.append(g);
	}
	return svg;
}

function evidenceList(edges) {
	const list = h('ul', { class: 'evidence' });
	const more = h('button', { type: 'button', class: 'more-evidence' });
	let shown = 0;
	const page = () => {
		for (const edge of edges.slice(shown, shown + EVIDENCE_PAGE)) {
			list.append(h('li', {}, nodeLink(edge.from), ` —${t(`edge_${edge.type}`)}→ `, nodeLink(edge.to),
				edge.detail ? ` (${edge.detail})` : '', sourceList(edge.sources)));
		}
		shown = Math.min(edges.length, shown + EVIDENCE_PAGE);
		more.textContent = t('moreEvidence', Math.min(EVIDENCE_PAGE, edges.length - shown), edges.length - shown);
		more.hidden = shown >= edges.length;
	};
	more.addEventListener('click', page);
	page();
	return h('div', {}, list, more);
}

function openCard(ctx, key) {
	const { chain, gapsByProduct, parkId, address, card } = ctx;
	const product = chain.stages.flatMap((st) => st.products).find((p) => p.key === key);
	if (!product) {
		return;
	}
	const root = card.closest('.chain-view') ?? document;
	for (const el of root.querySelectorAll('.chain-node.selected')) {
		el.classList.remove('selected');
	}
	root.querySelector(`.chain-node[data-product="${CSS.escape(key)}"]`)?.classList.add('selected');
	const gaps = gapsByProduct.get(key) ?? [];
	const zh = getLang() === 'zh';
	const link = product.chainLink;
	card.replaceChildren(...h('div', {},
		h('div', { class: 'card-head' },
			h('h3', { id: 'gap-card-title' }, label(product), ' ', statusBadge(link?.status)),
			h('button', { type: 'button', class: 'close', 'aria-label': t('close'), onclick: () => {
				card.replaceChildren(cardHint(parkId, []));
				root.querySelector('.chain-node.selected')?.classList.remove('selected');
				if (card.isConnected) {
					history.replaceState(null, '', address(null));
				}
			} }, '×')),
		link ? h('p', { class: 'basis', 'data-basis': link.basis }, h('strong', {}, `${t('basis')}: ${t(`basis_${link.basis}`)}`), ' — ',
			explanation(link)) : null,
		link ? h('p', {}, `${t('localProducers')}: ${link.localProducers} · ${t('outsideProducers')}: ${link.outsideProducers}`,
			link.localCapacityT != null ? ` · ${t('capacity')}: ${num(link.localCapacityT)}` : '') : null,
		product.localProducers.length
			? h('ul', { class: 'producers' }, product.localProducers.map((pr) => h('li', {}, nodeLink({ __typename: 'Enterprise', ...pr.enterprise }),
				` (${t(`prod_${pr.status}`)}${pr.capacityT != null ? `, ${num(pr.capacityT)} ${t('tonnesPerYear')}` : ''})`)))
			: h('p', { class: 'muted' }, t('noLocalProducer')),
		gaps.length === 0 ? h('p', { class: 'muted' }, t('noGap')) : targetButtons(chain.metal.symbol, key, parkId, ''),
		gaps.map((gap) => h('section', { class: 'gap', 'data-gap-kind': gap.kind },
			h('h4', {}, `${t('gapsOf')}: `, h('span', { class: `badge kind-${gap.kind}` }, t(gap.kind)),
				` · ${t('severity')} ${num(gap.severity, 2)}`),
			h('p', { class: 'reason' }, zh ? gap.reasonZh : gap.reasonEn),
			gap.evidence.edges.length ? h('details', {},
				h('summary', {}, `${t('evidence')} (${gap.evidence.edges.length})`),
				evidenceList(gap.evidence.edges)) : null,
			h('h5', {}, `${t('candidates')} (${gap.candidates.length})`),
			h('ol', { class: 'candidates' }, gap.candidates.map((c) => h('li', { class: 'candidate' },
				nodeLink({ __typename: 'Enterprise', ...c.enterprise }), ' ',
				h('span', { class: `badge action-${c.action}` }, t(c.action)), ` ${t('score')} ${num(c.score, 2)}`,
				c.capacityT != null ? ` · ${t('capacity')} ${num(c.capacityT)}` : '',
				h('ul', { class: 'cand-reasons' }, (zh ? c.reasonsZh : c.reasonsEn).map((r) => h('li', {}, r))),
				shortlistForm(c.enterprise, key))))))).childNodes);
	card.setAttribute('aria-labelledby', 'gap-card-title');
	card.hidden = false;
	const target = address(key);
	// a card opened by a view that was navigated away from must not rewrite the address
	if (card.isConnected && location.hash !== target) {
		history.replaceState(null, '', target);
	}
	card.focus?.();
}
