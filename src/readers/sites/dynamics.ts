// Dynamics 365 / Dataverse model-driven apps: /main.aspx?appid=…&pagetype=entitylist&etn=contact
// and …&pagetype=entityrecord&etn=contact&id=<guid>. Grid rows carry the record GUID in `row-id`.
import type { RecordKind } from '../../model/record';
import type { SiteProfile } from './types';
import { hostIs, params, UUID } from './util';

export const DYNAMICS_ENTITIES: Record<string, RecordKind> = {
  contact: 'contact',
  lead: 'lead',
  account: 'company',
  opportunity: 'deal',
  task: 'task',
  phonecall: 'activity',
  appointment: 'activity',
  email: 'activity',
  activitypointer: 'activity',
  systemuser: 'user',
  incident: 'ticket',
  campaign: 'campaign',
};

function guid(s: string | null): string | undefined {
  const g = s?.replace(/^\{|\}$/g, '').toLowerCase();
  return g && UUID.test(g) ? g : undefined;
}

export const dynamics: SiteProfile = {
  id: 'dynamics',
  label: 'Dynamics 365',
  matchUrl: (url) => /\.crm\d*\.dynamics\.com$/.test(url.hostname) || hostIs(url, 'dynamics.com') || /\/main\.aspx$/i.test(url.pathname),
  page(url) {
    const p = params(url);
    const etn = p.get('etn') ?? undefined;
    const id = p.get('pagetype') === 'entityrecord' ? guid(p.get('id')) : undefined;
    return etn ? { kind: DYNAMICS_ENTITIES[etn], objectType: etn, recordId: id } : {};
  },
  recordLink(href) {
    if (!/\/main\.aspx$/i.test(href.pathname)) return undefined;
    const p = params(href);
    const id = guid(p.get('id'));
    const etn = p.get('etn');
    return id && etn ? { id, kind: DYNAMICS_ENTITIES[etn], objectType: etn, url: href.href } : undefined;
  },
  recordUrl: (origin, _kind, id, objectType) =>
    objectType ? `${origin}/main.aspx?pagetype=entityrecord&etn=${objectType}&id=${id}` : undefined,
};
