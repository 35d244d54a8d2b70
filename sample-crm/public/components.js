// The list drawn with web components, the way Salesforce Lightning (LWC) and other
// component-based CRMs draw theirs: the table sits in <crm-list>'s open shadow root, each name
// is a <crm-record-link> whose <a> is in its own shadow root, each e-mail a <crm-email> showing
// its light-DOM text through a <slot>. Values are set with textContent only, as in app.js.
// /components?kind=contacts|companies|deals|…

import { KINDS, fieldLabel } from './i18n.js';
import { LIST_COLUMNS, formatValue, recordTitle } from './columns.js';

class RecordLink extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const a = document.createElement('a');
    a.setAttribute('href', this.getAttribute('to') ?? '#');
    a.append(document.createElement('slot'));
    this.attachShadow({ mode: 'open' }).append(a);
  }
}

class Email extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const a = document.createElement('a');
    a.setAttribute('href', `mailto:${this.textContent.trim()}`);
    a.append(document.createElement('slot'));
    this.attachShadow({ mode: 'open' }).append(a);
  }
}

customElements.define('crm-record-link', RecordLink);
customElements.define('crm-email', Email);

function el(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

async function render() {
  const asked = new URLSearchParams(location.search).get('kind');
  const kind = KINDS.includes(asked) ? asked : 'contacts';
  document.getElementById('title').textContent = kind[0].toUpperCase() + kind.slice(1);
  const host = document.getElementById('list');
  const root = host.attachShadow({ mode: 'open' });
  try {
    const res = await fetch(`/api/${kind}`, { headers: { Accept: 'application/json' } });
    const body = await res.json();
    const columns = LIST_COLUMNS[kind];
    const head = el('tr');
    for (const key of columns) head.append(el('th', fieldLabel('en', kind, key)));
    const tbody = el('tbody');
    for (const record of body.results) {
      const tr = el('tr');
      columns.forEach((key, i) => {
        const td = el('td');
        if (i === 0) {
          const link = el('crm-record-link', recordTitle(kind, record));
          link.setAttribute('to', `/${kind}/${encodeURIComponent(record.id)}`);
          td.append(link);
        } else if (key === 'email' && record.email) {
          td.append(el('crm-email', record.email));
        } else {
          td.textContent = formatValue(key, record[key], false);
        }
        tr.append(td);
      });
      tbody.append(tr);
    }
    const table = el('table');
    table.append(el('thead'), tbody);
    table.firstChild.append(head);
    root.append(table);
  } catch (err) {
    console.error(err);
    root.append(el('p', 'Loading failed.'));
  }
  document.body.dataset.ready = 'true';
}

render();
