// Search (Chinese, English or pinyin) over every kind of node, with links to the views.
import { gql, h, num } from './api.js';
import { t, label } from './i18n.js';
import { nodeLink, loading, failure, NODE_NAME } from './common.js';

const SEARCH_QUERY = `query Search($text: String!) {
  search(text: $text, first: 30) { type score matchedBy node { ${NODE_NAME} } }
}`;

export async function renderSearch(view, text) {
	const input = document.getElementById('search-input');
	if (input && input.value !== text) {
		input.value = text;
	}
	loading(view);
	let data;
	try {
		({ data } = await gql(SEARCH_QUERY, { text }));
	} catch (e) {
		failure(view, e);
		return;
	}
	const hits = data.search;
	view.replaceChildren(h('section', { class: 'search-view' },
		h('h2', {}, `${t('searchResults')}: “${text}”`),
		hits.length === 0 ? h('p', { class: 'muted' }, t('noResults'))
			: h('ol', { class: 'hits' }, hits.map((hit) => h('li', { class: 'hit' },
				nodeLink(hit.node), ' ', h('span', { class: 'badge' }, hit.type),
				h('span', { class: 'muted' }, ` ${t('matchedBy')} ${hit.matchedBy} · ${num(hit.score, 2)}`),
				hit.node.__typename === 'Enterprise' || hit.node.__typename === 'Institution'
					? [' · ', h('a', { href: `#/network/${encodeURIComponent(hit.node.id)}` }, t('network'))] : null)))));
}
