// Target lists to take away: #/targets/<metal>[/<product>][?park=<park id>] is the printable report of
// the ranked candidates of one gap card (a product) or of the whole chain (cover line, each gap's reason,
// the table of targets with action, score, reasons, province/city, capacity and sources); the same list
// downloads as XLSX from /export/targets.xlsx, both in the chosen language. Also the gap card's buttons
// and the "add to shortlist" form of each candidate (EDITOR, with the API key entered on #/shortlist).
import { gql, h, num, download, hasApiKey } from './api.js';
import { t, label, getLang } from './i18n.js';
import { loading, failure } from './common.js';

const REPORT_QUERY = `query TargetReport($metal: String!, $parkId: ID) {
  industryChain(metal: $metal) { metal { symbol name nameZh } }
  parks { id name nameEn }
  chainGaps(metal: $metal, parkId: $parkId) {
    id kind severity product { key name nameZh } stage { name nameEn }
    reasonZh: reason(lang: ZH) reasonEn: reason(lang: EN)
    candidates { action score capacityT
      enterprise { id name nameEn city { name nameEn } province { name nameEn } sources { title publisher date url } }
      reasonsZh: reasons(lang: ZH) reasonsEn: reasons(lang: EN) }
  }
}`;

const SAVE_MUTATION = `mutation Save($input: ShortlistEntryInput!) {
  saveShortlistEntry(input: $input) { entry { id status } errors { field code message } }
}`;

export const SHORTLIST_STATUSES = ['TO_CONTACT', 'CONTACTED', 'VISITING', 'SIGNED', 'DROPPED'];

/** The address of the XLSX target list (whole chain when `product` is null). */
export function targetsXlsxUrl(metal, product, parkId) {
	const q = new URLSearchParams({ metal, lang: getLang() === 'en' ? 'EN' : 'ZH' });
	if (product) {
		q.set('product', product);
	}
	if (parkId) {
		q.set('parkId', parkId);
	}
	return `/export/targets.xlsx?${q}`;
}

/** Buttons to take a target list away: XLSX and the printable report. */
export function targetButtons(metal, product, parkId, idSuffix) {
	const report = `#/targets/${encodeURIComponent(metal)}${product ? `/${encodeURIComponent(product)}` : ''}${parkId ? `?park=${encodeURIComponent(parkId)}` : ''}`;
	return h('span', { class: 'target-actions no-print' },
		h('a', { class: 'button', id: `targets-xlsx${idSuffix}`, href: targetsXlsxUrl(metal, product, parkId), download: '' },
			product ? t('targetsXlsx') : t('chainTargetsXlsx')),
		h('a', { class: 'button', id: `targets-report${idSuffix}`, href: report }, product ? t('targetsReport') : t('chainTargetsReport')));
}

/** The "add to shortlist" form of one candidate of a gap (EDITOR). */
export function shortlistForm(enterprise, productKey) {
	if (!hasApiKey()) {
		return h('p', { class: 'muted shortlist-hint no-print' }, h('a', { href: '#/shortlist' }, t('shortlistSignIn')));
	}
	const status = h('select', { 'aria-label': t('shortlistStatus'), class: 'shortlist-status' },
		SHORTLIST_STATUSES.map((s) => h('option', { value: s }, t(`SL_${s}`))));
	const notes = h('input', { type: 'text', class: 'shortlist-notes', 'aria-label': t('notes'), placeholder: t('notes'), maxlength: 4000 });
	const message = h('span', { class: 'shortlist-message', role: 'status' });
	const form = h('form', { class: 'shortlist-form no-print', 'data-enterprise': enterprise.id },
		status, notes, h('button', { type: 'submit', class: 'shortlist-add' }, t('addToShortlist')), message);
	form.addEventListener('submit', async (e) => {
		e.preventDefault();
		message.textContent = '…';
		try {
			const { data, errors } = await gql(SAVE_MUTATION, { input: { enterpriseId: enterprise.id, productKey, status: status.value, notes: notes.value || null } });
			const problems = [...errors.map((x) => x.message), ...(data.saveShortlistEntry?.errors ?? []).map((x) => x.message)];
			message.textContent = problems.length ? `${t('error')}: ${problems.join('; ')}` : t('shortlistSaved');
			message.dataset.saved = problems.length ? 'false' : 'true';
		} catch (err) {
			message.textContent = `${t('error')}: ${err.message}`;
		}
	});
	return h('details', { class: 'shortlist-details no-print' }, h('summary', {}, t('addToShortlist')), form);
}

/** `#/targets/Ag/ag-paste?park=Park:x`: the printable target report. */
export async function renderTargets(view, metal, product, params) {
	const parkId = params.get('park') || null;
	loading(view);
	let data;
	try {
		({ data } = await gql(REPORT_QUERY, { metal, parkId }));
	} catch (e) {
		failure(view, e);
		return;
	}
	if (!data.industryChain) {
		failure(view, new Error(`${t('notFound')}: ${metal}`));
		return;
	}
	const zh = getLang() === 'zh';
	const gaps = data.chainGaps.filter((g) => !product || g.product.key === product);
	const park = data.parks.find((p) => p.id === parkId);
	const scope = park ? label(park) : t('theCluster');
	const what = product ? (gaps[0] ? label(gaps[0].product) : product) : t('wholeChain');
	const targets = gaps.reduce((n, g) => n + g.candidates.length, 0);
	const sources = new Map();
	const table = h('table', { class: 'targets-table', id: 'targets-table' },
		h('thead', {}, h('tr', {}, [t('rank'), t('gapAt'), t('enterprise'), t('action'), t('score'), t('province'), t('city'),
			t('capacityOfProduct'), t('reasons'), t('sources')].map((x) => h('th', { scope: 'col' }, x)))),
		h('tbody', {}, gaps.flatMap((g) => g.candidates.map((c, i) => {
			const refs = c.enterprise.sources.map((src) => {
				const key = `${src.title}|${src.url ?? ''}`;
				if (!sources.has(key)) {
					sources.set(key, { n: sources.size + 1, src });
				}
				return `[${sources.get(key).n}]`;
			});
			return h('tr', { class: 'target-row', 'data-enterprise': c.enterprise.id },
				h('td', {}, i + 1), h('td', {}, label(g.product), ' ', h('span', { class: `badge kind-${g.kind}` }, t(g.kind))),
				h('td', {}, h('a', { href: `#/enterprise/${encodeURIComponent(c.enterprise.id)}` }, label(c.enterprise))),
				h('td', {}, h('span', { class: `badge action-${c.action}` }, t(c.action))), h('td', {}, num(c.score, 2)),
				h('td', {}, c.enterprise.province ? label(c.enterprise.province) : '—'), h('td', {}, c.enterprise.city ? label(c.enterprise.city) : '—'),
				h('td', {}, c.capacityT != null ? num(c.capacityT) : '—'),
				h('td', {}, h('ul', { class: 'cand-reasons' }, (zh ? c.reasonsZh : c.reasonsEn).map((r) => h('li', {}, r)))),
				h('td', {}, refs.join(' ')));
		}))));
	view.replaceChildren(h('article', { class: 'target-report' },
		h('div', { class: 'toolbar no-print' },
			h('a', { href: `#/chain/${encodeURIComponent(metal)}${product ? `/${encodeURIComponent(product)}` : ''}` }, `← ${t('backToChain')}`),
			h('button', { type: 'button', id: 'print-report', onclick: () => window.print() }, t('print')),
			h('button', { type: 'button', id: 'report-xlsx', onclick: () => download(targetsXlsxUrl(metal, product, parkId)) }, 'XLSX')),
		h('h2', { id: 'report-title' }, t('reportTitle', label(data.industryChain.metal), what, scope)),
		h('p', { class: 'cover-line' }, t('reportCover', new Date().toISOString().slice(0, 10), gaps.length, targets)),
		gaps.length === 0 ? h('p', { class: 'muted' }, t('noGap')) : null,
		gaps.map((g) => h('section', { class: 'report-gap' },
			h('h3', {}, `${label(g.product)} · `, h('span', { class: `badge kind-${g.kind}` }, t(g.kind)), ` · ${t('severity')} ${num(g.severity, 2)}`),
			h('p', { class: 'reason' }, zh ? g.reasonZh : g.reasonEn))),
		h('h3', {}, t('targetTable')),
		h('div', { class: 'table-scroll' }, table),
		h('h3', {}, t('sources')),
		h('ol', { class: 'report-sources' }, [...sources.values()].map(({ src }) => h('li', {},
			src.url ? h('a', { href: src.url, rel: 'noopener noreferrer', target: '_blank' }, src.title) : src.title,
			src.publisher ? ` · ${src.publisher}` : '', src.date ? ` · ${src.date}` : '', src.url ? h('span', { class: 'print-url' }, ` · ${src.url}`) : '')))));
}
