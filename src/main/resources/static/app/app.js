// Router: #/chain/<metal>[/<product>], #/enterprise/<id>, #/network/<id>[?depth=&kinds=], #/search/<text>,
// #/giants[/<id>][?ruleSet=&status=&asOf=], #/targets/<metal>[/<product>][?park=], #/shortlist[?status=],
// #/map[?metal=&product=&province=].
import { applyStatic, getLang, setLang } from './i18n.js';
import { renderChain } from './chain.js';
import { renderProfile } from './profile.js';
import { renderNetwork } from './network.js';
import { renderSearch } from './search.js';
import { renderGiants } from './giants.js';
import { h } from './api.js';
import { renderTargets } from './targets.js';
import { renderShortlist } from './shortlist.js';
import { renderMap } from './map.js';

const main = document.getElementById('view');

// Each navigation renders into a slot of its own. A view that finishes after the user has navigated
// away writes into a slot that is no longer in the page, so it is discarded and never overwrites the
// view navigated to since (a slow network, then a quick search).
let navigation = 0;

async function route() {
	const current = ++navigation;
	const view = h('div', { class: 'view-slot', 'data-navigation': current });
	main.replaceChildren(view);
	const hash = location.hash.replace(/^#\/?/, '');
	const [path, query = ''] = hash.split('?');
	const parts = path.split('/').map((p) => decodeURIComponent(p));
	const params = new URLSearchParams(query);
	document.body.dataset.view = parts[0] || 'chain';
	switch (parts[0]) {
		case 'enterprise':
			await renderProfile(view, parts[1]);
			break;
		case 'network':
			await renderNetwork(view, parts[1], params);
			break;
		case 'giants':
			await renderGiants(view, parts[1], params);
			break;
		case 'targets':
			await renderTargets(view, parts[1] || 'Ag', parts[2], params);
			break;
		case 'map':
			await renderMap(view, params);
			break;
		case 'shortlist':
			await renderShortlist(view, params);
			break;
		case 'search':
			await renderSearch(view, parts.slice(1).join('/'));
			break;
		case 'chain':
			await renderChain(view, parts[1] || 'Ag', parts[2], params);
			break;
		default:
			await renderChain(view, 'Ag');
	}
	if (current === navigation) {
		document.body.dataset.ready = location.hash;
	}
}

document.getElementById('search-form').addEventListener('submit', (e) => {
	e.preventDefault();
	const text = document.getElementById('search-input').value.trim();
	if (text) {
		location.hash = `#/search/${encodeURIComponent(text)}`;
	}
});

const select = document.getElementById('lang-select');
select.value = getLang();
select.addEventListener('change', () => {
	setLang(select.value);
	route();
});

setLang(getLang());
applyStatic();
window.addEventListener('hashchange', route);
route();
