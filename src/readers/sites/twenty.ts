// Twenty. List: /objects/people  Record: /object/person/<uuid>
import type { RecordKind } from '../../model/record';
import type { SiteProfile } from './types';
import { hostIs, UUID } from './util';

export const TWENTY_OBJECTS: Record<string, RecordKind> = {
  people: 'contact',
  person: 'contact',
  companies: 'company',
  company: 'company',
  opportunities: 'deal',
  opportunity: 'deal',
  tasks: 'task',
  task: 'task',
  notes: 'activity',
  note: 'activity',
  workspaceMembers: 'user',
  workspaceMember: 'user',
};
const SINGULAR: Partial<Record<RecordKind, string>> = {
  contact: 'person',
  company: 'company',
  deal: 'opportunity',
  task: 'task',
  activity: 'note',
};

export const twenty: SiteProfile = {
  id: 'twenty',
  label: 'Twenty',
  matchUrl: (url) => hostIs(url, 'twenty.com'),
  matchDom: (doc) =>
    doc.title.trim() === 'Twenty' ||
    !!doc.head?.querySelector('meta[name="description"][content*="Twenty"], meta[property="og:site_name"][content="Twenty"]'),
  page(url) {
    let m = /^\/object\/(\w+)\/([0-9a-f-]{36})/.exec(url.pathname);
    if (m && UUID.test(m[2]!)) return { kind: TWENTY_OBJECTS[m[1]!], objectType: m[1], recordId: m[2] };
    m = /^\/objects\/(\w+)/.exec(url.pathname);
    return m ? { kind: TWENTY_OBJECTS[m[1]!], objectType: m[1] } : {};
  },
  recordLink(href) {
    const m = /^\/object\/(\w+)\/([0-9a-f-]{36})/.exec(href.pathname);
    return m && UUID.test(m[2]!) ? { id: m[2]!, kind: TWENTY_OBJECTS[m[1]!], objectType: m[1], url: href.href } : undefined;
  },
  recordUrl: (origin, kind, id) => (SINGULAR[kind] ? `${origin}/object/${SINGULAR[kind]}/${id}` : undefined),
};
