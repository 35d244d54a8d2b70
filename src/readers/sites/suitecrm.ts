// SuiteCRM 7 (index.php?module=Contacts&action=DetailView&record=<id>) and SuiteCRM 8 (#/contacts/record/<id>).
import type { RecordKind } from '../../model/record';
import type { SiteProfile } from './types';
import { lowerKeys } from './util';

export const SUITE_MODULES: Record<string, RecordKind> = lowerKeys({
  Contacts: 'contact',
  Leads: 'lead',
  Accounts: 'company',
  Opportunities: 'deal',
  Tasks: 'task',
  Calls: 'activity',
  Meetings: 'activity',
  Notes: 'activity',
  Users: 'user',
  Employees: 'user',
  Cases: 'ticket',
  Campaigns: 'campaign',
} as Record<string, RecordKind>);

function route(url: URL): { module?: string; id?: string } {
  if (/index\.php$/.test(url.pathname)) {
    const p = url.searchParams;
    const module = p.get('module') ?? undefined;
    const id = /detailview|editview/i.test(p.get('action') ?? '') ? (p.get('record') ?? undefined) : undefined;
    return { module, id };
  }
  const m = /^#\/([\w-]+)(?:\/(?:record|edit)\/([\w-]+))?/.exec(url.hash);
  return m ? { module: m[1], id: m[2] } : {};
}

export const suitecrm: SiteProfile = {
  id: 'suitecrm',
  label: 'SuiteCRM',
  matchUrl: (url) => /index\.php$/.test(url.pathname) && url.searchParams.has('module'),
  matchDom: (doc) =>
    !!doc.getElementById('ajaxHeader') ||
    !!doc.getElementById('ajaxUI-history-field') ||
    !!doc.head?.querySelector('link[href*="SuiteP"], link[href*="suitecrm"], script[src*="suitecrm"]'),
  page(url) {
    const r = route(url);
    return r.module && SUITE_MODULES[r.module] ? { kind: SUITE_MODULES[r.module], objectType: r.module, recordId: r.id } : {};
  },
  recordLink(href) {
    const r = route(href);
    return r.module && r.id ? { id: r.id, kind: SUITE_MODULES[r.module], objectType: r.module, url: href.href } : undefined;
  },
  recordUrl: (origin, _kind, id, objectType) =>
    objectType ? `${origin}/index.php?module=${objectType}&action=DetailView&record=${id}` : undefined,
};
