// Renders every app page from the JSON API. Record values are inserted with textContent
// only: the data contains markup and bidi controls on purpose, and must show up as text.

import { KINDS, LANGS, fieldLabel, pickLang, t } from './i18n.js';
import { LIST_COLUMNS, formatValue, linkFor, recordTitle } from './columns.js';

const lang = pickLang(location.search);
const query = new URLSearchParams(location.search);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

/** Keeps the UI language when moving around. */
function href(path, extra = {}) {
  const params = new URLSearchParams(extra);
  if (lang !== 'en') params.set('lang', lang);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function link(text, path) {
  const a = el('a', { href: path });
  a.textContent = text;
  return a;
}

function renderShell(active) {
  document.documentElement.lang = lang;
  document.documentElement.dir = LANGS[lang].dir;
  const brand = document.querySelector('.brand');
  brand.textContent = t(lang, 'brand');
  brand.setAttribute('href', href('/'));
  const nav = document.getElementById('nav');
  for (const kind of KINDS) {
    const a = link(t(lang, kind), href(`/${kind}`));
    if (kind === active) a.setAttribute('aria-current', 'page');
    nav.append(a);
  }
  const langs = document.getElementById('langs');
  langs.setAttribute('aria-label', t(lang, 'language'));
  for (const [code, info] of Object.entries(LANGS)) {
    const params = new URLSearchParams(location.search);
    if (code === 'en') params.delete('lang');
    else params.set('lang', code);
    const qs = params.toString();
    const a = link(info.name, qs ? `${location.pathname}?${qs}` : location.pathname);
    a.setAttribute('lang', code);
    if (code === lang) a.setAttribute('aria-current', 'true');
    langs.append(a);
  }
}

async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  return res.json();
}

function valueNode(kind, key, record, long) {
  const text = key === 'name' && kind === 'contacts' ? recordTitle(kind, record) : formatValue(key, record[key], long);
  const target = text ? linkFor(key, record) : null;
  if (!target) return document.createTextNode(text);
  return link(text, target.startsWith('/') ? href(target) : target);
}

function renderHome(main) {
  document.title = t(lang, 'brand');
  main.append(el('h1', {}, t(lang, 'homeTitle')), el('p', {}, t(lang, 'homeIntro')));
  const list = el('ul', { class: 'home-links' });
  for (const kind of KINDS) list.append(el('li', {}, link(t(lang, kind), href(`/${kind}`))));
  main.append(list);
}

function searchForm(kind) {
  const form = el('form', { class: 'search', method: 'get', action: `/${kind}`, role: 'search' });
  const input = el('input', { type: 'search', name: 'q', 'aria-label': t(lang, 'search'), placeholder: t(lang, 'search') });
  input.value = query.get('q') ?? '';
  form.append(input);
  if (lang !== 'en') form.append(el('input', { type: 'hidden', name: 'lang', value: lang }));
  const button = el('button', { type: 'submit' });
  button.textContent = t(lang, 'search');
  form.append(button);
  return form;
}

async function renderList(main, kind) {
  document.title = `${t(lang, kind)} · ${t(lang, 'brand')}`;
  const header = el('div', { class: 'page-head' }, el('h1', {}, t(lang, kind)), searchForm(kind));
  const count = el('p', { class: 'count' }, t(lang, 'loading'));
  main.append(header, count);

  // ?pageSize=N&page=P paginates like big CRMs do; without it the whole list is shown
  const pageSize = Number(query.get('pageSize')) || 0;
  const page = Math.max(1, Number(query.get('page')) || 1);
  const api = new URLSearchParams();
  if (query.get('q')) api.set('q', query.get('q'));
  if (pageSize > 0) {
    api.set('limit', String(pageSize));
    api.set('offset', String((page - 1) * pageSize));
  }
  const qs = api.toString();
  const body = await getJson(`/api/${kind}${qs ? `?${qs}` : ''}`);
  count.textContent = t(lang, body.total === 1 ? 'record' : 'records', { n: body.total });

  const columns = LIST_COLUMNS[kind];
  const headRow = el('tr');
  for (const key of columns) {
    const th = el('th', { scope: 'col' });
    th.textContent = fieldLabel(lang, kind, key);
    headRow.append(th);
  }
  const tbody = el('tbody');
  for (const record of body.results) {
    const tr = el('tr', { 'data-id': record.id });
    columns.forEach((key, i) => {
      // dir=auto: an e-mail or "+49 89 …" stays left-to-right inside the Persian UI
      const td = el('td', { 'data-field': key, dir: 'auto' });
      td.append(
        i === 0 ? link(recordTitle(kind, record), href(`/${kind}/${encodeURIComponent(record.id)}`)) : valueNode(kind, key, record, false),
      );
      tr.append(td);
    });
    tbody.append(tr);
  }
  const table = el('table', { class: 'records', 'data-object': kind }, el('thead', {}, headRow), tbody);
  main.append(el('div', { class: 'table-wrap' }, table));
  if (body.results.length === 0) main.append(el('p', { class: 'empty-note' }, t(lang, 'noResults')));
  if (pageSize > 0) main.append(pager(kind, page, Math.max(1, Math.ceil(body.total / pageSize)), pageSize));
}

function pager(kind, page, pages, pageSize) {
  const nav = el('nav', { class: 'pager', 'aria-label': 'pagination' });
  const params = (p) => ({ ...Object.fromEntries(query), page: String(p), pageSize: String(pageSize) });
  if (page > 1) nav.append(link(t(lang, 'prev'), href(`/${kind}`, params(page - 1))));
  nav.append(el('span', {}, t(lang, 'pageOf', { p: page, n: pages })));
  if (page < pages) nav.append(link(t(lang, 'next'), href(`/${kind}`, params(page + 1))));
  return nav;
}

async function renderRecord(main, kind, id) {
  const back = el('p', { class: 'back' }, link(t(lang, 'back', { list: t(lang, kind) }), href(`/${kind}`)));
  main.append(back);
  let record;
  try {
    record = await getJson(`/api/${kind}/${encodeURIComponent(id)}`);
  } catch {
    main.append(el('p', { class: 'error' }, t(lang, 'notFound')));
    return;
  }
  const title = recordTitle(kind, record);
  document.title = `${title} · ${t(lang, 'brand')}`;
  const h1 = el('h1', { 'data-id': record.id, dir: 'auto' });
  h1.textContent = title;
  const dl = el('dl', { class: 'fields', 'data-object': kind, 'data-id': record.id });
  for (const key of Object.keys(record)) {
    const dt = el('dt', { 'data-field': key });
    dt.textContent = fieldLabel(lang, kind, key);
    const dd = el('dd', { 'data-field': key, dir: 'auto' }, valueNode(kind, key, record, true));
    dl.append(dt, dd);
  }
  main.append(h1, el('section', { class: 'card' }, el('h2', {}, t(lang, 'details')), dl));
}

async function main() {
  const [kind, id] = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const mainEl = document.getElementById('main');
  mainEl.replaceChildren();
  renderShell(kind);
  try {
    if (!kind) renderHome(mainEl);
    else if (id === undefined) await renderList(mainEl, kind);
    else await renderRecord(mainEl, kind, id);
  } catch (err) {
    console.error(err);
    mainEl.append(el('p', { class: 'error' }, t(lang, 'loadFailed')));
  }
  // lets tests and the extension's e2e wait for the data instead of guessing
  document.body.dataset.ready = 'true';
}

main();
