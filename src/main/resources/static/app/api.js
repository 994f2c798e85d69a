// The public GraphQL API (same origin) and small DOM helpers.

/**
 * Runs a query. Resolves with `{ data, errors }`; rejects only when there is no data at all.
 * Partial errors (e.g. FORBIDDEN on a sensitive field for an anonymous reader) are returned, not thrown.
 */
export async function gql(query, variables = {}) {
	const response = await fetch('/graphql', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...credentials() },
		body: JSON.stringify({ query, variables }),
	});
	const body = await response.json().catch(() => null);
	if (!body || !body.data) {
		const message = body?.errors?.map((e) => e.message).join('; ') || `HTTP ${response.status}`;
		throw new Error(message);
	}
	return { data: body.data, errors: body.errors ?? [] };
}

// An API key the user entered (shortlist page) is kept for this browser tab only and sent with every
// request; without one the app reads anonymously.
const KEY = 'silvergraph.apiKey';

/** The headers that carry the user's API key, if one was entered. */
export function credentials() {
	const key = sessionStorage.getItem(KEY);
	return key ? { 'X-API-Key': key } : {};
}

export function setApiKey(key) {
	if (key) {
		sessionStorage.setItem(KEY, key);
	} else {
		sessionStorage.removeItem(KEY);
	}
}

export function hasApiKey() {
	return Boolean(sessionStorage.getItem(KEY));
}

/** Downloads a file the server makes (with the user's credentials), under the server's file name. */
export async function download(url) {
	const response = await fetch(url, { headers: credentials() });
	if (!response.ok) {
		const body = await response.json().catch(() => null);
		throw new Error(body?.message ?? `HTTP ${response.status}`);
	}
	const disposition = response.headers.get('Content-Disposition') ?? '';
	const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? url.split('/').pop().split('?')[0];
	const href = URL.createObjectURL(await response.blob());
	const a = h('a', { href, download: name, hidden: true });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Creates an element: h('a', { href: '#', class: 'x' }, 'text', child). */
export function h(tag, attrs = {}, ...children) {
	const el = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs ?? {})) {
		if (v === null || v === undefined || v === false) {
			continue;
		}
		if (k.startsWith('on') && typeof v === 'function') {
			el.addEventListener(k.slice(2), v);
		} else if (k === 'class') {
			el.className = v;
		} else {
			el.setAttribute(k, v === true ? '' : String(v));
		}
	}
	append(el, children);
	return el;
}

function append(el, children) {
	for (const c of children) {
		if (c === null || c === undefined || c === false) {
			continue;
		}
		if (Array.isArray(c)) {
			append(el, c);
		} else {
			el.append(c instanceof Node ? c : document.createTextNode(String(c)));
		}
	}
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element. */
export function s(tag, attrs = {}, ...children) {
	const el = document.createElementNS(SVG_NS, tag);
	for (const [k, v] of Object.entries(attrs ?? {})) {
		if (v === null || v === undefined) {
			continue;
		}
		if (k.startsWith('on') && typeof v === 'function') {
			el.addEventListener(k.slice(2), v);
		} else {
			el.setAttribute(k, String(v));
		}
	}
	for (const c of children.flat()) {
		if (c !== null && c !== undefined) {
			el.append(c instanceof Node ? c : document.createTextNode(String(c)));
		}
	}
	return el;
}

/** Formats a number for display ('—' when null). */
export function num(value, digits = 0) {
	if (value === null || value === undefined) {
		return '—';
	}
	return Number(value).toLocaleString(undefined, { maximumFractionDigits: digits });
}
