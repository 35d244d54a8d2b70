// EspoCRM: a single-page app routed by the hash. List: #Contact  Record: #Contact/view/<id>
import type { RecordKind } from '../../model/record';
import type { SiteProfile } from './types';

export const ESPO_ENTITIES: Record<string, RecordKind> = {
  Contact: 'contact',
  Lead: 'lead',
  Account: 'company',
  Opportunity: 'deal',
  Task: 'task',
  Call: 'activity',
  Meeting: 'activity',
  Email: 'activity',
  User: 'user',
  Case: 'ticket',
  Campaign: 'campaign',
};

function route(hash: string): { entity?: string; id?: string } {
  const m = /^#([A-Z]\w*)(?:\/view\/([\w-]+))?/.exec(hash);
  return m ? { entity: m[1], id: m[2] } : {};
}

export const espocrm: SiteProfile = {
  id: 'espocrm',
  label: 'EspoCRM',
  matchDom: (doc) => !!doc.head?.querySelector('script[src*="espo"], link[href*="espo"]') || !!doc.body?.hasAttribute('data-is-sidenav'),
  page(url) {
    const r = route(url.hash);
    return r.entity && ESPO_ENTITIES[r.entity] ? { kind: ESPO_ENTITIES[r.entity], objectType: r.entity, recordId: r.id } : {};
  },
  recordLink(href) {
    const r = route(href.hash);
    return r.entity && r.id ? { id: r.id, kind: ESPO_ENTITIES[r.entity], objectType: r.entity, url: href.href } : undefined;
  },
  recordUrl: (origin, _kind, id, objectType) => (objectType ? `${origin}/#${objectType}/view/${id}` : undefined),
};
