// Little-giant candidates for officials: #/giants[/<enterprise id>]?ruleSet=&status=&asOf=
// The ranked list (status, score, data completeness), filters by status and rule set, each row opening
// its per-criterion table; every text of the assessment comes from the API in the chosen language.
// Export of the list as CSV (UTF-8 with BOM) and XLSX from /export/little-giants.{csv,xlsx}.
import { gql, h, num } from './api.js';
import { getLang, label } from './i18n.js';
import { loading, failure } from './common.js';

// this page's own words, kept here so that the shared string table stays small
const WORDS = {
	zh: {
		title: '专精特新“小巨人”候选企业',
		intro: '按认定规则逐项评估集群内企业：达标、未达标或未知（缺少数据，不算未达标）。点击一行查看逐项指标。',
		ruleSet: '规则集', inForceDefault: '（评估日适用）', asOf: '评估日期', status: '状态', all: '全部', apply: '筛选',
		rank: '排名', enterprise: '企业', score: '得分', maxScore: '最高可得分', completeness: '数据完整度', missing: '缺少数据',
		criterion: '指标', article: '依据条款', actual: '实际值', threshold: '门槛', distance: '差距或需收集的数据',
		restricted: '受限（财务数据需分析员权限）', none: '无', total: '共{n}家', more: '加载更多', export: '导出',
		exportCsv: '导出 CSV', exportXlsx: '导出 XLSX 表格', unverified: '门槛未经原文核实',
		document: '文件', effective: '适用期间', until: '至今', provincial: '省级“小巨人”目标',
		provincialLine: '{tier}：目标{target}家以上，图谱记录{held}家，尚差{remaining}家（仅计已记录的认定）。',
		criteriaUnknown: '省级认定标准未公开，暂无法逐项评估。', close: '收起', open: '展开逐项指标',
		QUALIFIED: '符合', NEAR: '接近', UNLIKELY: '差距较大', NOT_APPLICABLE: '不适用（非中小企业）',
		PASS: '达标', FAIL: '未达标', UNKNOWN: '未知', noCandidates: '没有符合筛选条件的企业。',
	},
	en: {
		title: 'Little-giant candidates',
		intro: 'Local enterprises assessed criterion by criterion: pass, fail or unknown (data missing, never counted as a failure). Click a row for its criteria.',
		ruleSet: 'Rule set', inForceDefault: ' (applies on the date)', asOf: 'Assessment date', status: 'Status', all: 'All', apply: 'Filter',
		rank: 'Rank', enterprise: 'Enterprise', score: 'Score', maxScore: 'Reachable', completeness: 'Data completeness', missing: 'Missing data',
		criterion: 'Criterion', article: 'Article', actual: 'Actual', threshold: 'Threshold', distance: 'Distance or data to collect',
		restricted: 'restricted (financial data: analyst role)', none: 'none', total: '{n} enterprises', more: 'Load more', export: 'Export',
		exportCsv: 'Export CSV', exportXlsx: 'Export Excel (XLSX)', unverified: 'thresholds not verified against the text',
		document: 'Document', effective: 'In force', until: 'now', provincial: 'Provincial little-giant goal',
		provincialLine: '{tier}: goal {target}+, {held} recorded in the graph, {remaining} to go (recorded designations only).',
		criteriaUnknown: 'The provincial criteria are not public: no criterion-by-criterion assessment yet.', close: 'Close', open: 'Open the criteria',
		QUALIFIED: 'Qualified', NEAR: 'Near', UNLIKELY: 'Unlikely', NOT_APPLICABLE: 'Not applicable (not an SME)',
		PASS: 'Pass', FAIL: 'Fail', UNKNOWN: 'Unknown', noCandidates: 'No enterprise matches the filters.',
	},
};
const STATUSES = ['QUALIFIED', 'NEAR', 'UNLIKELY', 'NOT_APPLICABLE'];
const PAGE = 50;

function w(key, vars = {}) {
	const text = WORDS[getLang()][key] ?? key;
	return text.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}

const LIST_QUERY = `query Giants($ruleSet: String, $asOf: String, $status: [CandidateStatus!], $first: Int, $after: String, $lang: Lang) {
  tierRuleSets(asOf: $asOf) { code name nameEn tier verified isDefault document documentUrl effectiveFrom effectiveUntil }
  provincialTiers { tier { code name nameEn criteriaKnown } goals { target held remaining met } }
  littleGiantCandidates(ruleSet: $ruleSet, asOf: $asOf, status: $status, first: $first, after: $after, lang: $lang) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { enterprise { id key name nameEn } ruleSet { code name nameEn verified }
      status score maxScore dataCompleteness missingData } }
  }
}`;

const DETAIL_QUERY = `query GiantDetail($id: ID!, $ruleSet: String, $asOf: String, $lang: Lang) {
  enterprise(id: $id) { id name nameEn
    tierAssessment(ruleSet: $ruleSet, asOf: $asOf, lang: $lang) { status score maxScore dataCompleteness missingData
      ruleSet { code name nameEn }
      criteria { code article name nameEn status actual threshold distance sensitive } } }
}`;

/** The filters of the address: rule set, statuses, date. */
function filters(params) {
	const status = (params.get('status') ?? '').split(',').filter((x) => STATUSES.includes(x));
	return { ruleSet: params.get('ruleSet') || null, status, asOf: params.get('asOf') || null };
}

function query(f) {
	const p = new URLSearchParams();
	if (f.ruleSet) p.set('ruleSet', f.ruleSet);
	if (f.status.length) p.set('status', f.status.join(','));
	if (f.asOf) p.set('asOf', f.asOf);
	const q = p.toString();
	return q ? `?${q}` : '';
}

function lang() {
	return getLang() === 'zh' ? 'ZH' : 'EN';
}

export async function renderGiants(view, enterpriseId, params) {
	loading(view);
	const f = filters(params);
	const vars = { ruleSet: f.ruleSet, asOf: f.asOf, status: f.status.length ? f.status : null, first: PAGE, lang: lang() };
	let data;
	try {
		({ data } = await gql(LIST_QUERY, vars));
	} catch (e) {
		failure(view, e);
		return;
	}
	const sets = data.tierRuleSets;
	const current = f.ruleSet ? sets.find((s) => s.code === f.ruleSet) : sets.find((s) => s.isDefault);
	const tbody = h('tbody', {});
	const table = h('table', { class: 'giants', id: 'giants-table' },
		h('thead', {}, h('tr', {}, [w('rank'), w('enterprise'), w('status'), w('score'), w('maxScore'), w('completeness'), w('missing')]
			.map((x) => h('th', { scope: 'col' }, x)))), tbody);
	let rank = 0;
	const addRows = (edges) => {
		for (const { node } of edges) {
			rank += 1;
			appendRow(tbody, rank, node, f, enterpriseId);
		}
	};
	addRows(data.littleGiantCandidates.edges);
	let pageInfo = data.littleGiantCandidates.pageInfo;
	const more = h('button', { id: 'giants-more', type: 'button', hidden: !pageInfo.hasNextPage, onclick: async () => {
		more.disabled = true;
		try {
			const next = await gql(LIST_QUERY, { ...vars, after: pageInfo.endCursor });
			addRows(next.data.littleGiantCandidates.edges);
			pageInfo = next.data.littleGiantCandidates.pageInfo;
			more.hidden = !pageInfo.hasNextPage;
		} finally {
			more.disabled = false;
		}
	} }, w('more'));

	const exportQuery = new URLSearchParams({ lang: lang() });
	if (f.ruleSet) exportQuery.set('ruleSet', f.ruleSet);
	if (f.asOf) exportQuery.set('asOf', f.asOf);
	if (f.status.length) exportQuery.set('status', f.status.join(','));

	view.replaceChildren(h('section', { class: 'giants-view' },
		h('div', { class: 'toolbar' }, h('h2', { id: 'giants-title' }, w('title'))),
		h('p', { class: 'muted' }, w('intro')),
		filterForm(sets, f),
		current ? ruleSetLine(current) : null,
		provincialLine(data.provincialTiers),
		h('div', { class: 'toolbar' },
			h('span', { id: 'giants-total' }, w('total', { n: data.littleGiantCandidates.totalCount ?? rank })),
			h('span', { class: 'exports' }, `${w('export')}:`,
				h('a', { class: 'button', id: 'export-csv', href: `/export/little-giants.csv?${exportQuery}`, download: '' }, w('exportCsv')),
				h('a', { class: 'button', id: 'export-xlsx', href: `/export/little-giants.xlsx?${exportQuery}`, download: '' }, w('exportXlsx')))),
		rank === 0 ? h('p', { class: 'muted', id: 'giants-empty' }, w('noCandidates')) : h('div', { class: 'table-scroll' }, table),
		more));
	if (enterpriseId) {
		const row = tbody.querySelector(`tr[data-id="${CSS.escape(enterpriseId)}"]`);
		if (row) {
			row.scrollIntoView({ block: 'center' });
		}
	}
}

function filterForm(sets, f) {
	const ruleSelect = h('select', { id: 'giants-ruleset', name: 'ruleSet' },
		h('option', { value: '' }, `${label(sets.find((s) => s.isDefault) ?? sets[0])}${w('inForceDefault')}`),
		sets.map((s) => h('option', { value: s.code, selected: s.code === f.ruleSet }, label(s))));
	const statusSelect = h('select', { id: 'giants-status', name: 'status' },
		h('option', { value: '' }, w('all')),
		STATUSES.map((st) => h('option', { value: st, selected: f.status.length === 1 && f.status[0] === st }, w(st))));
	const date = h('input', { id: 'giants-asof', name: 'asOf', type: 'date', value: f.asOf ?? '' });
	return h('form', { class: 'filters', id: 'giants-filters', onsubmit: (e) => {
		e.preventDefault();
		const next = { ruleSet: ruleSelect.value || null, status: statusSelect.value ? [statusSelect.value] : [], asOf: date.value || null };
		location.hash = `#/giants${query(next)}`;
	} },
	h('label', { for: 'giants-ruleset' }, w('ruleSet')), ruleSelect,
	h('label', { for: 'giants-status' }, w('status')), statusSelect,
	h('label', { for: 'giants-asof' }, w('asOf')), date,
	h('button', { type: 'submit', id: 'giants-apply' }, w('apply')));
}

function ruleSetLine(set) {
	return h('p', { class: 'muted', id: 'giants-ruleset-line' },
		`${w('document')}: `, set.documentUrl ? h('a', { href: set.documentUrl, target: '_blank', rel: 'noopener noreferrer' }, set.document) : set.document,
		` · ${w('effective')}: ${set.effectiveFrom} – ${set.effectiveUntil ?? w('until')}`,
		set.verified ? null : [' · ', h('span', { class: 'badge crit-UNKNOWN' }, w('unverified'))]);
}

function provincialLine(tiers) {
	if (!tiers.length) {
		return null;
	}
	return h('div', { class: 'panel', id: 'giants-provincial' }, h('h3', {}, w('provincial')),
		tiers.map((p) => h('p', {},
			p.goals.map((g) => w('provincialLine', { tier: label(p.tier), target: g.target, held: g.held, remaining: g.remaining })).join(' '),
			p.tier.criteriaKnown ? '' : ` ${w('criteriaUnknown')}`)));
}

function appendRow(tbody, rank, c, f, openId) {
	const detail = h('tr', { class: 'giant-detail', hidden: true }, h('td', { colspan: 7 }));
	const toggle = async () => {
		if (!detail.hidden) {
			detail.hidden = true;
			row.setAttribute('aria-expanded', 'false');
			return;
		}
		detail.hidden = false;
		row.setAttribute('aria-expanded', 'true');
		await fillDetail(detail.firstChild, c, f);
	};
	const row = h('tr', { class: 'giant-row', 'data-id': c.enterprise.id, 'data-status': c.status, tabindex: 0, role: 'button',
		'aria-expanded': 'false', 'aria-label': `${label(c.enterprise)} — ${w('open')}`,
		onclick: toggle, onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } } },
	h('td', {}, String(rank)),
	h('td', {}, h('a', { href: `#/enterprise/${encodeURIComponent(c.enterprise.id)}`, onclick: (e) => e.stopPropagation() }, label(c.enterprise))),
	h('td', {}, h('span', { class: `badge cand-${c.status}` }, w(c.status))),
	h('td', {}, num(c.score, 1)),
	h('td', {}, num(c.maxScore, 1)),
	h('td', {}, `${num(c.dataCompleteness * 100)} %`),
	h('td', {}, c.missingData.length ? String(c.missingData.length) : w('none')));
	tbody.append(row, detail);
	if (openId && openId === c.enterprise.id) {
		toggle();
	}
}

async function fillDetail(cell, c, f) {
	if (cell.dataset.loaded) {
		return;
	}
	loading(cell);
	let result;
	try {
		result = await gql(DETAIL_QUERY, { id: c.enterprise.id, ruleSet: c.ruleSet.code, asOf: f.asOf, lang: lang() });
	} catch (e) {
		failure(cell, e);
		return;
	}
	const a = result.data.enterprise?.tierAssessment;
	if (!a) {
		cell.replaceChildren(h('p', { class: 'muted' }, w('none')));
		return;
	}
	const forbidden = new Set(result.errors.filter((err) => err.extensions?.code === 'FORBIDDEN'
		|| err.extensions?.classification === 'FORBIDDEN').map((err) => (err.path ?? []).join('.')));
	const restricted = (i, field, sensitive) => forbidden.has(`enterprise.tierAssessment.criteria.${i}.${field}`) || sensitive;
	cell.dataset.loaded = 'true';
	cell.replaceChildren(h('div', { class: 'giant-criteria' },
		h('p', {}, `${w('ruleSet')}: ${label(a.ruleSet)}`),
		h('table', { class: 'criteria' },
			h('thead', {}, h('tr', {}, [w('criterion'), w('article'), w('status'), w('actual'), w('threshold'), w('distance')]
				.map((x) => h('th', { scope: 'col' }, x)))),
			h('tbody', {}, a.criteria.map((cr, i) => h('tr', { 'data-code': cr.code },
				h('td', {}, label(cr)),
				h('td', {}, cr.article ?? '—'),
				h('td', {}, h('span', { class: `badge crit-${cr.status}` }, w(cr.status))),
				h('td', {}, cr.actual ?? (restricted(i, 'actual', cr.sensitive) ? h('span', { class: 'muted' }, `🔒 ${w('restricted')}`) : '—')),
				h('td', {}, cr.threshold ?? '—'),
				h('td', {}, cr.distance ?? (cr.status === 'PASS' ? '—'
					: restricted(i, 'distance', cr.sensitive) ? h('span', { class: 'muted' }, `🔒 ${w('restricted')}`) : '—')))))),
		a.missingData.length ? [h('h4', {}, w('missing')), h('ul', { class: 'missing-data' }, a.missingData.map((m) => h('li', {}, m)))] : null));
}
