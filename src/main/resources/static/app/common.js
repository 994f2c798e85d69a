import { h } from './api.js';
import { t, label } from './i18n.js';

/** Sources with their verbatim Chinese sentence (`excerpt`). */
export function sourceList(sources) {
	if (!sources || sources.length === 0) {
		return null;
	}
	return h('ul', { class: 'sources' },
		sources.map((src) => h('li', {},
			h('span', { class: 'source-title' },
				src.url ? h('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer' }, src.title) : src.title,
				src.publisher ? ` · ${src.publisher}` : '', src.date ? ` · ${src.date}` : ''),
			src.excerpt ? h('blockquote', { class: 'source-excerpt', lang: 'zh-CN', 'aria-label': t('sourceSentence') }, src.excerpt) : null)));
}

/** A link to the right view for a node (enterprise profile, network for institutions, chain for products and metals). */
export function nodeLink(node) {
	if (!node) {
		return '';
	}
	const type = node.__typename ?? String(node.id ?? '').split(':')[0];
	const text = label(node);
	if (type === 'Enterprise') {
		return h('a', { href: `#/enterprise/${encodeURIComponent(node.id)}` }, text);
	}
	if (type === 'Institution') {
		return h('a', { href: `#/network/${encodeURIComponent(node.id)}` }, text);
	}
	if (type === 'Metal' && node.symbol) {
		return h('a', { href: `#/chain/${encodeURIComponent(node.symbol)}` }, text);
	}
	if (type === 'Product' && node.metal?.symbol) {
		return h('a', { href: `#/chain/${encodeURIComponent(node.metal.symbol)}/${encodeURIComponent(node.key)}` }, text);
	}
	return h('span', {}, text);
}

/** Fields to name any node (for `... on` selections). */
export const NODE_NAME = `__typename id
	... on Enterprise { name nameEn local }
	... on Institution { name nameEn }
	... on Product { key name nameZh metal { symbol } }
	... on Metal { symbol name metalNameZh: nameZh }
	... on Park { name nameEn }
	... on Designation { name nameEn }
	... on ChainStage { name nameEn }
	... on Patent { number title }
	... on Standard { code title titleEn }
	... on Project { name nameEn }
	... on Platform { name nameEn }
	... on Material { name nameZh }
	... on Cluster { name nameEn }
	... on Region { name nameEn }`;

export function statusBadge(status) {
	const key = status ?? 'NONE';
	return h('span', { class: `badge status-${key}` }, t(key));
}

export function loading(view) {
	view.replaceChildren(h('p', { class: 'loading', role: 'status' }, t('loading')));
}

export function failure(view, error) {
	view.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${error.message ?? error}`));
}
