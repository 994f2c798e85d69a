// Enterprise profile: facts with their sources, products and chain positions, patents, standards, partners,
// designations and the little-giant assessment.
import { gql, h, num } from './api.js';
import { t, label, getLang } from './i18n.js';
import { sourceList, nodeLink, statusBadge, loading, failure } from './common.js';

const SRC = 'sources { title publisher date url excerpt }';
const ENTERPRISE_QUERY = `query Profile($id: ID!, $lang: Lang) {
  enterprise(id: $id) {
    __typename id key name nameEn shortName creditCode founded employees rdStaff local ownership latestOutputT
    park { name nameEn }
    metals { __typename symbol name nameZh }
    ${SRC}
    products { status capacityT outputT year purity ${SRC}
      product { __typename key name nameZh metal { symbol } chainLink { status } stages { order name nameEn } } }
    patents(first: 20) { totalCount edges { node { number title type filed granted } } }
    standards { role standard { code title titleEn level status } ${SRC} }
    partners { kind since institution { __typename id name nameEn } ${SRC} }
    suppliers { supplier { __typename id name nameEn } product { name nameZh } productKey volumeT year }
    customers { customer { __typename id name nameEn } product { name nameZh } productKey volumeT year }
    designations { year level designation { name nameEn level } product { name nameZh } ${SRC} }
    tierAssessment(lang: $lang) { status score maxScore dataCompleteness missingData ruleSet { name nameEn }
      criteria { code name nameEn status actual threshold distance sensitive } }
  }
}`;

export async function renderProfile(view, id) {
	loading(view);
	let result;
	try {
		result = await gql(ENTERPRISE_QUERY, { id, lang: getLang() === 'zh' ? 'ZH' : 'EN' });
	} catch (e) {
		failure(view, e);
		return;
	}
	const e = result.data.enterprise;
	if (!e) {
		failure(view, new Error(`${t('notFound')}: ${id}`));
		return;
	}
	// fields an anonymous reader may not see come back null with a FORBIDDEN error: show them as restricted
	const forbidden = new Set(result.errors.filter((err) => err.extensions?.classification === 'FORBIDDEN'
		|| err.extensions?.code === 'FORBIDDEN').map((err) => (err.path ?? []).join('.')));

	const facts = [
		[t('creditCode'), e.creditCode], [t('founded'), e.founded], [t('employees'), e.employees], [t('rdStaff'), e.rdStaff],
		[t('local'), e.local ? t('yes') : t('no')], [t('park'), e.park ? label(e.park) : null], [t('ownership'), e.ownership],
		[t('latestOutput'), e.latestOutputT != null ? num(e.latestOutputT) : null],
		[t('metal'), e.metals.length ? e.metals.map((m) => nodeLink(m)).flatMap((x, i) => (i ? [', ', x] : [x])) : null],
	].filter(([, v]) => v !== null && v !== undefined);

	view.replaceChildren(h('article', { class: 'profile' },
		h('div', { class: 'toolbar' },
			h('h2', { id: 'profile-name' }, label(e)),
			e.shortName ? h('span', { class: 'muted' }, `（${e.shortName}）`) : null,
			h('a', { class: 'button', href: `#/network/${encodeURIComponent(e.id)}` }, t('openNetwork'))),
		h('p', { class: 'muted' }, label(e) === e.name ? e.nameEn : e.name),
		section('facts', t('facts'),
			h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
			h('h4', {}, t('sources')), sourceList(e.sources)),
		section('products', t('products'), e.products.length === 0 ? none() : table(
			[t('product'), t('chainPosition'), t('linkStatus'), t('status'), t('capacity'), t('output'), t('purity'), t('sources')],
			e.products.map((p) => [nodeLink(p.product),
				p.product.stages.map((st) => `${st.order}. ${label(st)}`).join(', '),
				p.product.chainLink ? statusBadge(p.product.chainLink.status) : '—',
				p.status, num(p.capacityT), num(p.outputT), p.purity ?? '—', sourceList(p.sources)]))),
		section('assessment', t('assessment'), assessment(e.tierAssessment, forbidden)),
		section('partners', t('partners'), e.partners.length === 0 ? none() : table(
			[t('Institution'), t('kind'), t('since'), t('sources')],
			e.partners.map((p) => [nodeLink(p.institution), p.kind, p.since ?? '—', sourceList(p.sources)]))),
		section('supply', `${t('suppliers')} / ${t('customers')}`, e.suppliers.length + e.customers.length === 0 ? none() : table(
			[t('Enterprise'), t('product'), t('output'), t('year')],
			[...e.suppliers.map((l) => [[`${t('suppliers')}: `, nodeLink(l.supplier)], l.product ? label(l.product) : l.productKey, num(l.volumeT), l.year]),
				...e.customers.map((l) => [[`${t('customers')}: `, nodeLink(l.customer)], l.product ? label(l.product) : l.productKey, num(l.volumeT), l.year])])),
		section('designations', t('designations'), e.designations.length === 0 ? none() : table(
			[t('designations'), t('level'), t('year'), t('product'), t('sources')],
			e.designations.map((d) => [label(d.designation), d.level ?? d.designation.level ?? '—', d.year ?? '—',
				d.product ? label(d.product) : '—', sourceList(d.sources)]))),
		section('patents', `${t('patents')} (${e.patents.totalCount ?? e.patents.edges.length})`, e.patents.edges.length === 0 ? none() : table(
			['No.', t('patents'), t('type'), t('year')],
			e.patents.edges.map(({ node }) => [node.number, node.title, node.type, node.granted ?? node.filed ?? '—']))),
		section('standards', t('standards'), e.standards.length === 0 ? none() : table(
			['No.', t('standards'), t('role'), t('status')],
			e.standards.map((d) => [d.standard.code ?? '—', label(d.standard), d.role ?? '—', d.standard.status ?? '—'])))));
}

function assessment(a, forbidden) {
	if (!a) {
		return none();
	}
	const restricted = (i, field) => forbidden.has(`enterprise.tierAssessment.criteria.${i}.${field}`);
	return h('div', {},
		h('p', {}, `${t('ruleSet')}: ${label(a.ruleSet)} · `, h('span', { class: `badge cand-${a.status}` }, t(a.status)),
			` · ${t('score')} ${num(a.score, 1)} / ${num(a.maxScore, 1)} · ${t('dataCompleteness')} ${num(a.dataCompleteness * 100)} %`),
		a.missingData.length ? h('details', { class: 'muted' }, h('summary', {}, `${t('missingData')} (${a.missingData.length})`),
			h('ul', {}, a.missingData.map((m) => h('li', {}, m)))) : null,
		table([t('criterion'), t('status'), t('actual'), t('threshold'), t('distance')],
			a.criteria.map((c, i) => [label(c),
				h('span', { class: `badge crit-${c.status}` }, t(c.status)),
				c.actual ?? (restricted(i, 'actual') || c.sensitive ? h('span', { class: 'muted' }, `🔒 ${t('restricted')}`) : '—'),
				c.threshold ?? '—',
				c.distance ?? (restricted(i, 'distance') || c.sensitive ? h('span', { class: 'muted' }, `🔒 ${t('restricted')}`) : '—')]),
			'criteria'));
}

function section(id, title, ...content) {
	return h('section', { class: 'panel', id: `sec-${id}`, 'aria-labelledby': `h-${id}` }, h('h3', { id: `h-${id}` }, title), ...content);
}

function table(headers, rows, cls = '') {
	return h('div', { class: 'table-scroll' }, h('table', { class: cls },
		h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
		h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c)))))));
}

function none() {
	return h('p', { class: 'muted' }, t('none'));
}
