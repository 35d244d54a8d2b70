// The bundled sample CRM (sample-crm/): /contacts, /companies, /deals, /tasks, /activities, /users
// and /<kind>/<id>; recognised by its generator meta tag, or on loopback by that path scheme.
import type { RecordKind } from '../../model/record';
import type { SiteProfile } from './types';

export const SAMPLE_KINDS: Record<string, RecordKind> = {
  contacts: 'contact',
  companies: 'company',
  deals: 'deal',
  tasks: 'task',
  activities: 'activity',
  users: 'user',
};
const PLURAL = Object.fromEntries(Object.entries(SAMPLE_KINDS).map(([p, k]) => [k, p])) as Partial<Record<RecordKind, string>>;
const PATH = /^\/(contacts|companies|deals|tasks|activities|users)(?:\/([^/?#]+))?\/?$/;

export const sampleCrm: SiteProfile = {
  id: 'sample-crm',
  label: 'Sample CRM',
  matchUrl: (url) => (url.hostname === '127.0.0.1' || url.hostname === 'localhost') && PATH.test(url.pathname),
  matchDom: (doc) => !!doc.head?.querySelector('meta[name="generator"][content="crm-audit-lens-sample"]'),
  page(url) {
    const m = PATH.exec(url.pathname);
    return m ? { kind: SAMPLE_KINDS[m[1]!], objectType: m[1], recordId: m[2] ? decodeURIComponent(m[2]) : undefined } : {};
  },
  recordLink(href, page) {
    if (href.origin !== page.origin) return undefined;
    const m = PATH.exec(href.pathname);
    return m?.[2] ? { id: decodeURIComponent(m[2]), kind: SAMPLE_KINDS[m[1]!], objectType: m[1], url: href.href } : undefined;
  },
  recordUrl: (origin, kind, id) => (PLURAL[kind] ? `${origin}/${PLURAL[kind]}/${encodeURIComponent(id)}` : undefined),
};
