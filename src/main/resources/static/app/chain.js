// Chain map: stages left to right, products as nodes, FEEDS edges, STRONG / WEAK / MISSING / UNKNOWN colours, the
// coverage line (how much of the cluster the graph names), the basis of each status on hover and on its card, gap cards.
import { gql, h, s, num } from './api.js';
import { t, label, getLang } from './i18n.js';
import { sourceList, nodeLink, statusBadge, loading, failure, NODE_NAME } from './common.js';

const CHAIN_QUERY = `query ChainMap($metal: String!) {
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
  chainGaps(metal: $metal) {
    id kind severity product { key } stage { key name nameEn }
    reasonZh: reason(lang: ZH) reasonEn: reason(lang: EN)
    evidence { edges { type detail from { ${NODE_NAME} } to { ${NODE_NAME} } sources { title publisher date url excerpt } } }
    candidates { action score enterprise { id name nameEn local }
      reasonsZh: reasons(lang: ZH) reasonsEn: reasons(lang: EN) }
  }
}`;

const COL_W = 210;
const NODE_W = 170;
const GAP_Y = 18;
const HEADER_H = 52;
const MAX_PRODUCERS_SHOWN = 3;

export async function renderChain(view, metal, productKey) {
	loading(view);
	let data;
	try {
		({ data } = await gql(CHAIN_QUERY, { metal }));
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

	const select = h('select', { id: 'metal-select', onchange: (e) => { location.hash = `#/chain/${e.target.value}`; } },
		data.clusterStats.chains.map((c) => h('option', { value: c.metal.symbol, selected: c.metal.symbol === chain.metal.symbol },
			`${label(c.metal)} (${c.metal.symbol})`)));
	const summary = data.clusterStats.chains.find((c) => c.metal.symbol === chain.metal.symbol);

	const card = h('aside', { id: 'gap-card', class: 'card', hidden: true, 'aria-live': 'polite' });
	const map = h('div', { class: 'chain-scroll' }, drawMap(chain, gapsByProduct, (key) => openCard(card, chain, gapsByProduct, key)));

	view.replaceChildren(
		h('section', { class: 'chain-view' },
			h('div', { class: 'toolbar' },
				h('h2', {}, `${label(chain.metal)} ${t('chainOf')}`),
				h('label', { for: 'metal-select' }, t('selectMetal')), select,
				summary ? h('p', { class: 'summary' },
					statusBadge('STRONG'), ` ${summary.strong}  `, statusBadge('WEAK'), ` ${summary.weak}  `,
					statusBadge('MISSING'), ` ${summary.missing}  `, statusBadge('UNKNOWN'), ` ${summary.unknown}`,
					summary.localProcessingRate != null ? ` · ${t('processingRate')} ${num(summary.localProcessingRate * 100, 1)} %` : '') : null),
			coverageLine(data.clusterStats.coverage, summary),
			h('div', { class: 'chain-layout' }, map, card)));

	if (productKey) {
		openCard(card, chain, gapsByProduct, productKey);
	}
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

function drawMap(chain, gapsByProduct, onSelect) {
	const stages = [...chain.stages].sort((a, b) => a.order - b.order);
	const pos = new Map();
	let height = 0;
	stages.forEach((stage, col) => {
		let y = HEADER_H;
		for (const p of stage.products) {
			if (pos.has(p.key)) {
				continue;
			}
			const shown = Math.min(p.localProducers.length, MAX_PRODUCERS_SHOWN);
			const nodeH = 40 + shown * 15 + (p.localProducers.length > shown ? 15 : 0);
			pos.set(p.key, { x: 20 + col * COL_W, y, h: nodeH, product: p });
			y += nodeH + GAP_Y;
		}
		height = Math.max(height, y);
	});
	const width = 20 + stages.length * COL_W;
	const svg = s('svg', { id: 'chain-map', role: 'group', 'aria-label': `${label(chain.metal)} ${t('chainOf')}`,
		viewBox: `0 0 ${width} ${height + 10}`, width, height: height + 10 });
	svg.append(s('defs', {}, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
		s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }))));
	stages.forEach((stage, col) => {
		svg.append(s('text', { x: 20 + col * COL_W + NODE_W / 2, y: 22, class: 'stage-title', 'text-anchor': 'middle' },
			`${stage.order}. ${label(stage)}`));
		svg.append(s('line', { x1: 20 + col * COL_W - 15, y1: 34, x2: 20 + col * COL_W - 15, y2: height, class: 'stage-rule' }));
	});
	const edges = s('g', { class: 'edges' });
	for (const { x, y, h: nodeH, product } of pos.values()) {
		for (const input of product.inputs) {
			const from = pos.get(input.key);
			if (!from) {
				continue;
			}
			const x1 = from.x + NODE_W;
			const y1 = from.y + 20;
			const y2 = y + Math.min(20, nodeH / 2);
			let d;
			if (x > from.x) {
				const mid = (x1 + x) / 2;
				d = `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x - 2},${y2}`;
			} else {
				// a product feeding one at the same (or an earlier) stage: loop round the right-hand side
				const x2 = x + NODE_W;
				const out = Math.max(x1, x2) + 28;
				d = `M${x1},${y1} C${out},${y1} ${out},${y2} ${x2 + 2},${y2}`;
			}
			edges.append(s('path', { class: 'feeds', d, 'marker-end': 'url(#arrow)' },
				s('title', {}, `${label(from.product)} → ${label(product)}`)));
		}
	}
	svg.append(edges);
	for (const { x, y, h: nodeH, product } of pos.values()) {
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
		g.append(s('rect', { width: NODE_W, height: nodeH, rx: 8 }));
		g.append(s('text', { x: 10, y: 18, class: 'node-name' }, truncate(label(product), 13)));
		g.append(s('text', { x: 10, y: 33, class: 'node-status' },
			`${t(status)}${product.chainLink ? ` (${t(`basis_${product.chainLink.basis}`)})` : ''}${gaps.length ? ` · ${t('gapCount')} ${gaps.length}` : ''}`));
		product.localProducers.slice(0, MAX_PRODUCERS_SHOWN).forEach((pr, i) => {
			g.append(s('text', { x: 14, y: 48 + i * 15, class: 'node-producer' },
				`• ${truncate(getLang() === 'zh' ? (pr.enterprise.shortName || pr.enterprise.name) : label(pr.enterprise), 16)}`));
		});
		if (product.localProducers.length > MAX_PRODUCERS_SHOWN) {
			g.append(s('text', { x: 14, y: 48 + MAX_PRODUCERS_SHOWN * 15, class: 'node-producer' },
				`+${product.localProducers.length - MAX_PRODUCERS_SHOWN}`));
		}
		g.append(s('title', {}, `${label(product)}: ${t(status)} — ${explanation(product.chainLink)}`));
		svg.append(g);
	}
	return svg;
}

function truncate(text, n) {
	return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

function openCard(card, chain, gapsByProduct, key) {
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
			h('button', { type: 'button', class: 'close', 'aria-label': t('close'), onclick: () => { card.hidden = true; } }, '×')),
		link ? h('p', { class: 'basis', 'data-basis': link.basis }, h('strong', {}, `${t('basis')}: ${t(`basis_${link.basis}`)}`), ' — ',
			explanation(link)) : null,
		link ? h('p', {}, `${t('localProducers')}: ${link.localProducers} · ${t('outsideProducers')}: ${link.outsideProducers}`,
			link.localCapacityT != null ? ` · ${t('capacity')}: ${num(link.localCapacityT)}` : '') : null,
		product.localProducers.length
			? h('ul', { class: 'producers' }, product.localProducers.map((pr) => h('li', {}, nodeLink({ __typename: 'Enterprise', ...pr.enterprise }),
				` (${pr.status}${pr.capacityT != null ? `, ${num(pr.capacityT)} t/a` : ''})`)))
			: h('p', { class: 'muted' }, t('noLocalProducer')),
		gaps.length === 0 ? h('p', { class: 'muted' }, t('noGap')) : null,
		gaps.map((gap) => h('section', { class: 'gap', 'data-gap-kind': gap.kind },
			h('h4', {}, `${t('gapsOf')}: `, h('span', { class: `badge kind-${gap.kind}` }, t(gap.kind)),
				` · ${t('severity')} ${num(gap.severity, 2)}`),
			h('p', { class: 'reason' }, zh ? gap.reasonZh : gap.reasonEn),
			gap.evidence.edges.length ? h('details', {},
				h('summary', {}, `${t('evidence')} (${gap.evidence.edges.length})`),
				h('ul', { class: 'evidence' }, gap.evidence.edges.map((edge) => h('li', {},
					nodeLink(edge.from), ` —${edge.type}→ `, nodeLink(edge.to), edge.detail ? ` (${edge.detail})` : '',
					sourceList(edge.sources))))) : null,
			h('h5', {}, `${t('candidates')} (${gap.candidates.length})`),
			h('ol', { class: 'candidates' }, gap.candidates.map((c) => h('li', { class: 'candidate' },
				nodeLink({ __typename: 'Enterprise', ...c.enterprise }), ' ',
				h('span', { class: `badge action-${c.action}` }, t(c.action)), ` ${t('score')} ${num(c.score, 2)}`,
				h('ul', { class: 'cand-reasons' }, (zh ? c.reasonsZh : c.reasonsEn).map((r) => h('li', {}, r))))))))).childNodes);
	card.setAttribute('aria-labelledby', 'gap-card-title');
	card.hidden = false;
	const target = `#/chain/${encodeURIComponent(chain.metal.symbol)}/${encodeURIComponent(key)}`;
	// a card opened by a view that was navigated away from must not rewrite the address
	if (card.isConnected && location.hash !== target) {
		history.replaceState(null, '', target);
	}
	card.focus?.();
}
