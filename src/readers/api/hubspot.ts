// HubSpot CRM v3 objects and search: { results: [{ id, properties: {…}, createdAt, updatedAt, archived }] },
// or one such object. HubSpot's own app also sends { objectId, properties: { x: { value } } }.
import type { RecordKind } from '../../model/record';
import { HUBSPOT_OBJECTS } from '../sites/hubspot';
import { apiRecord, isObj, mapItems, objects, skip, str, type ApiMapper, type MapContext, type Obj } from './common';

const ACTIVITY_TYPES: Record<string, 'call' | 'meeting' | 'email' | 'note'> = {
  calls: 'call',
  '0-48': 'call',
  meetings: 'meeting',
  '0-47': 'meeting',
  emails: 'email',
  '0-49': 'email',
  notes: 'note',
  '0-46': 'note',
};
const OBJECT_IDS: Partial<Record<RecordKind, string>> = { contact: '0-1', company: '0-2', deal: '0-3', ticket: '0-5', task: '0-27' };

function isHubItem(o: Obj): boolean {
  return isObj(o.properties) && (str(o.id) !== undefined || str(o.objectId) !== undefined || str(o.vid) !== undefined);
}

function objectFromUrl(url: URL | undefined): string | undefined {
  if (!url) return undefined;
  const m =
    /\/(?:crm\/v\d+\/objects|crm\/objects\/[\w-]+|crm\/v\d+\/objects\/\w+\/search)\/([\w-]+)/.exec(url.pathname) ??
    /\/objects\/(\d+-\d+|contacts|companies|deals|tickets|tasks|calls|meetings|emails|notes)\b/.exec(url.pathname);
  return m?.[1] ?? url.searchParams.get('objectTypeId') ?? undefined;
}

function kindFromProps(p: Obj): RecordKind | undefined {
  if ('dealname' in p || 'dealstage' in p) return 'deal';
  if ('hs_task_subject' in p || 'hs_task_status' in p) return 'task';
  if ('hs_call_title' in p || 'hs_meeting_title' in p || 'hs_email_subject' in p || 'hs_note_body' in p) return 'activity';
  if ('hs_pipeline_stage' in p && 'subject' in p) return 'ticket';
  if ('email' in p || 'firstname' in p || 'lastname' in p) return 'contact';
  if ('domain' in p || ('name' in p && 'industry' in p)) return 'company';
  return undefined;
}

function activityFromProps(p: Obj): 'call' | 'meeting' | 'email' | 'note' | undefined {
  if ('hs_call_title' in p) return 'call';
  if ('hs_meeting_title' in p) return 'meeting';
  if ('hs_email_subject' in p) return 'email';
  if ('hs_note_body' in p) return 'note';
  return undefined;
}

function flatten(props: Obj): Obj {
  const row: Obj = {};
  for (const [k, v] of Object.entries(props)) row[k] = isObj(v) && 'value' in v ? v.value : v;
  return row;
}

function urlFor(ctx: MapContext, kind: RecordKind, id: string): string | undefined {
  const portal = ctx.requestUrl?.searchParams.get('portalId');
  return portal && OBJECT_IDS[kind] ? `https://app.hubspot.com/contacts/${portal}/record/${OBJECT_IDS[kind]}/${id}` : undefined;
}

export const hubspotMapper: ApiMapper = {
  id: 'hubspot',
  read(payload, ctx) {
    if (!isObj(payload)) return null;
    const items = objects(payload.results)?.filter(isHubItem) ?? (isHubItem(payload) ? [payload] : undefined);
    if (!items || items.length === 0 || (Array.isArray(payload.results) && items.length < (payload.results as unknown[]).length * 0.8))
      return null;
    const urlObject = objectFromUrl(ctx.requestUrl);
    return mapItems(ctx, items, (o) => {
      if (o.archived === true) {
        skip(ctx, 'archived');
        return undefined;
      }
      const row = flatten(o.properties as Obj);
      const kind = (urlObject ? HUBSPOT_OBJECTS[urlObject] : undefined) ?? kindFromProps(row);
      if (!kind) {
        skip(ctx, 'object type not audited');
        return undefined;
      }
      const id = str(o.id) ?? str(o.objectId) ?? str(o.vid)!;
      return apiRecord(ctx, {
        kind,
        id,
        objectType: urlObject ?? kind,
        url: urlFor(ctx, kind, id),
        row,
        fields: {
          createdAt: str(row.createdate) ? undefined : str(o.createdAt),
          updatedAt: str(row.lastmodifieddate) || str(row.hs_lastmodifieddate) ? undefined : str(o.updatedAt),
          dueDate: kind === 'task' ? str(row.hs_timestamp) : undefined,
          activityType: kind === 'activity' ? ((urlObject ? ACTIVITY_TYPES[urlObject] : undefined) ?? activityFromProps(row)) : undefined,
          subject: kind === 'activity' ? (str(row.hs_call_title) ?? str(row.hs_meeting_title) ?? str(row.hs_email_subject)) : undefined,
        },
      });
    });
  },
};
