// Odoo. 17.2+: /odoo/contacts, /odoo/contacts/42, /odoo/crm/7; older: /web#model=res.partner&view_type=list
// and /web#id=42&model=res.partner&view_type=form. List rows carry render ids ("datapoint_12"), not record ids.
import type { RecordKind } from '../../model/record';
import type { SiteProfile } from './types';
import { hostIs, params } from './util';

export const ODOO_MODELS: Record<string, RecordKind> = {
  'res.partner': 'contact',
  'crm.lead': 'deal',
  'mail.activity': 'activity',
  'project.task': 'task',
  'res.users': 'user',
  'helpdesk.ticket': 'ticket',
  'calendar.event': 'activity',
  'mailing.mailing': 'campaign',
  'utm.campaign': 'campaign',
};
// The app paths of Odoo 17.2+ URLs.
const APPS: Record<string, string> = {
  contacts: 'res.partner',
  crm: 'crm.lead',
  activities: 'mail.activity',
  'project.task': 'project.task',
  helpdesk: 'helpdesk.ticket',
  calendar: 'calendar.event',
  users: 'res.users',
};

function fromPath(pathname: string): { model?: string; id?: string } {
  const m = /^\/odoo\/(?:action-[^/]+\/)?([\w.-]+)(?:\/(\d+))?/.exec(pathname);
  if (!m) return {};
  return { model: APPS[m[1]!] ?? (m[1]!.includes('.') ? m[1] : undefined), id: m[2] };
}

export const odoo: SiteProfile = {
  id: 'odoo',
  label: 'Odoo',
  matchUrl: (url) => hostIs(url, 'odoo.com') || url.pathname.startsWith('/odoo/') || (url.pathname === '/web' && /model=/.test(url.hash)),
  matchDom: (doc) => !!doc.body?.classList.contains('o_web_client'),
  rowDataIds: false,
  page(url) {
    const p = params(url);
    const path = fromPath(url.pathname);
    const model = p.get('model') ?? path.model;
    const id = p.get('view_type') === 'form' ? (p.get('id') ?? undefined) : path.id;
    return model ? { kind: ODOO_MODELS[model], objectType: model, recordId: id && /^\d+$/.test(id) ? id : undefined } : {};
  },
  recordLink(href) {
    const p = params(href);
    const path = fromPath(href.pathname);
    const model = p.get('model') ?? path.model;
    const id = p.get('id') ?? path.id;
    return model && id && /^\d+$/.test(id) ? { id, kind: ODOO_MODELS[model], objectType: model, url: href.href } : undefined;
  },
  recordUrl: (origin, _kind, id, objectType) => (objectType ? `${origin}/web#id=${id}&model=${objectType}&view_type=form` : undefined),
};
