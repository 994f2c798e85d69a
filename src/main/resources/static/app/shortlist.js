// The shortlist of targets: #/shortlist[?status=]. Reading needs ANALYST, changing EDITOR: the user
// enters an API key here (kept for this tab only). Each entry shows its enterprise, product, place,
// status and notes with author and time; EDITORs change status and notes in place or remove it.
// Export as XLSX from /export/shortlist.xlsx.
import { gql, h, download, setApiKey, hasApiKey } from './api.js';
import { t, label, getLang } from './i18n.js';
import { loading, failure } from './common.js';
import { SHORTLIST_STATUSES } from './targets.js';

const LIST_QUERY = `query Shortlist($status: [ShortlistStatus!]) {
  shortlist(status: $status) { id status notes author createdAt updatedBy updatedAt metal
    enterprise { id name nameEn city { name nameEn } province { name nameEn } }
    product { key name nameZh } }
}`;

const SAVE_MUTATION = `mutation Save($input: ShortlistEntryInput!) {
  saveShortlistEntry(input: $input) { entry { id status notes updatedBy updatedAt } errors { message } }
}`;

const REMOVE_MUTATION = `mutation Remove($id: ID!) { removeFromShortlist(input: { id: $id }) { removed errors { message } } }`;

export async function renderShortlist(view, params) {
	const status = SHORTLIST_STATUSES.includes(params.get('status')) ? params.get('status') : '';
	const keyForm = h('form', { id: 'api-key-form', class: 'filters' },
		h('label', { for: 'api-key' }, t('apiKey')),
		h('input', { id: 'api-key', type: 'password', autocomplete: 'off', placeholder: hasApiKey() ? '••••••' : '' }),
		h('button', { type: 'submit', id: 'api-key-save' }, t('signIn')),
		hasApiKey() ? h('button', { type: 'button', id: 'api-key-clear', onclick: () => { setApiKey(null); renderShortlist(view, params); } }, t('signOut')) : null);
	keyForm.addEventListener('submit', (e) => {
		e.preventDefault();
		setApiKey(keyForm.querySelector('#api-key').value.trim() || null);
		renderShortlist(view, params);
	});
	const head = h('div', { class: 'toolbar' }, h('h2', { id: 'shortlist-title' }, t('shortlist')));
	if (!hasApiKey()) {
		view.replaceChildren(h('section', { class: 'shortlist-view' }, head, h('p', { class: 'muted' }, t('shortlistNeedsKey')), keyForm));
		return;
	}
	loading(view);
	let data;
	let errors;
	try {
		({ data, errors } = await gql(LIST_QUERY, { status: status ? [status] : null }));
	} catch (e) {
		view.replaceChildren(h('section', { class: 'shortlist-view' }, head, keyForm, h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${e.message}`)));
		return;
	}
	if (!data.shortlist) {
		view.replaceChildren(h('section', { class: 'shortlist-view' }, head, keyForm,
			h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${errors.map((x) => x.message).join('; ')}`)));
		return;
	}
	const filter = h('select', { id: 'shortlist-filter', 'aria-label': t('status'),
		onchange: (e) => { location.hash = e.target.value ? `#/shortlist?status=${e.target.value}` : '#/shortlist'; } },
	h('option', { value: '' }, t('allStatuses')), SHORTLIST_STATUSES.map((s) => h('option', { value: s, selected: s === status }, t(`SL_${s}`))));
	const exportButton = h('button', { type: 'button', id: 'shortlist-xlsx', onclick: async () => {
		try {
			await download(`/export/shortlist.xlsx?lang=${getLang() === 'en' ? 'EN' : 'ZH'}${status ? `&status=${status}` : ''}`);
		} catch (e) {
			failure(view, e);
		}
	} }, `${t('export')} XLSX`);
	head.append(filter, exportButton);
	const rows = data.shortlist.map((entry) => row(entry, view, params));
	view.replaceChildren(h('section', { class: 'shortlist-view' }, head, keyForm,
		rows.length === 0 ? h('p', { class: 'muted', id: 'shortlist-empty' }, t('shortlistEmpty'))
			: h('div', { class: 'table-scroll' }, h('table', { id: 'shortlist-table' },
				h('thead', {}, h('tr', {}, [t('enterprise'), t('product'), t('province'), t('city'), t('status'), t('notes'), t('addedBy'), t('changed'), ''].map((x) => h('th', { scope: 'col' }, x)))),
				h('tbody', {}, rows)))));
}

function row(entry, view, params) {
	const status = h('select', { class: 'entry-status', 'aria-label': t('shortlistStatus') },
		SHORTLIST_STATUSES.map((s) => h('option', { value: s, selected: s === entry.status }, t(`SL_${s}`))));
	const notes = h('textarea', { class: 'entry-notes', 'aria-label': t('notes'), rows: 2, maxlength: 4000 }, entry.notes ?? '');
	const message = h('span', { class: 'muted', role: 'status' });
	const save = h('button', { type: 'button', class: 'entry-save', onclick: async () => {
		const { data, errors } = await gql(SAVE_MUTATION, { input: { enterpriseId: entry.enterprise.id, productKey: entry.product?.key ?? null,
			status: status.value, notes: notes.value || null } });
		const problems = [...errors.map((x) => x.message), ...(data.saveShortlistEntry?.errors ?? []).map((x) => x.message)];
		message.textContent = problems.length ? problems.join('; ') : t('shortlistSaved');
	} }, t('save'));
	const remove = h('button', { type: 'button', class: 'entry-remove', onclick: async () => {
		const { data, errors } = await gql(REMOVE_MUTATION, { id: entry.id });
		if (data.removeFromShortlist?.removed) {
			renderShortlist(view, params);
		} else {
			message.textContent = [...errors, ...(data.removeFromShortlist?.errors ?? [])].map((x) => x.message).join('; ');
		}
	} }, t('remove'));
	return h('tr', { class: 'shortlist-row', 'data-id': entry.id, 'data-status': entry.status },
		h('td', {}, h('a', { href: `#/enterprise/${encodeURIComponent(entry.enterprise.id)}` }, label(entry.enterprise))),
		h('td', {}, entry.product ? (entry.metal ? h('a', { href: `#/chain/${encodeURIComponent(entry.metal)}/${encodeURIComponent(entry.product.key)}` }, label(entry.product)) : label(entry.product)) : '—'),
		h('td', {}, entry.enterprise.province ? label(entry.enterprise.province) : '—'),
		h('td', {}, entry.enterprise.city ? label(entry.enterprise.city) : '—'),
		h('td', {}, status), h('td', {}, notes),
		h('td', {}, `${entry.author} · ${entry.createdAt.slice(0, 16).replace('T', ' ')}`),
		h('td', {}, `${entry.updatedBy} · ${entry.updatedAt.slice(0, 16).replace('T', ' ')}`),
		h('td', {}, save, ' ', remove, ' ', message));
}
