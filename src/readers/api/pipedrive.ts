// Pipedrive API v1 (and v2): { success: true, data: [...] | {...}, additional_data }.
// Persons carry e-mail/phone arrays ([{ value, label, primary }]); owners and organisations
// come as ids or as { name, value } objects depending on the endpoint.
import type { RecordKind } from '../../model/record';
import { PIPEDRIVE_OBJECTS } from '../sites/pipedrive';
import { apiRecord, isObj, mapItems, objects, skip, str, type ApiMapper, type MapContext, type Obj } from './common';

const PATH = /\/(?:api\/)?v[12]\/(persons|organizations|deals|activities|users|leads)\b/;
const SINGULAR: Partial<Record<RecordKind, string>> = { contact: 'person', company: 'organization', deal: 'deal' };

function kindFromItem(o: Obj): RecordKind | undefined {
  if ('is_admin' in o || 'role_id' in o || 'last_login' in o) return 'user';
  if ('due_date' in o && 'subject' in o) return 'activity';
  if ('stage_id' in o && ('value' in o || 'currency' in o)) return 'deal';
  if ('first_name' in o || 'last_name' in o || 'primary_email' in o || (Array.isArray(o.email) && 'org_id' in o)) return 'contact';
  if ('people_count' in o || 'address_formatted_address' in o || ('address' in o && 'name' in o && !('email' in o))) return 'company';
  return undefined;
}

function nameOf(v: unknown): string | undefined {
  return isObj(v) ? str(v.name) : undefined;
}

function idOf(v: unknown): string | undefined {
  return isObj(v) ? (str(v.value) ?? str(v.id)) : str(v);
}

function values(v: unknown): string[] | undefined {
  if (typeof v === 'string') return v ? [v] : undefined;
  if (!Array.isArray(v)) return undefined;
  const out = v.map((x) => (isObj(x) ? str(x.value) : str(x))).filter((x): x is string => !!x);
  return out.length ? out : undefined;
}

function readItem(ctx: MapContext, o: Obj, pathKind: RecordKind | undefined, objectType: string | undefined) {
  const kind = pathKind ?? kindFromItem(o);
  if (!kind) {
    skip(ctx, 'object type not audited');
    return undefined;
  }
  const id = str(o.id);
  const row: Obj = { ...o };
  // keys the dictionary would misread: a person's `label` is a label id, `active_flag` means "not deleted",
  // `company_id` is the Pipedrive account (tenant), not the person's organisation
  for (const k of ['label', 'label_ids', 'active_flag', 'visible_to', 'picture_id', 'cc_email', 'company_id']) delete row[k];
  // an activity's person/organisation are what it hangs off, not its own name or company
  if (kind === 'activity') for (const k of ['person_name', 'org_name', 'org_id', 'deal_title']) delete row[k];
  const url = id && SINGULAR[kind] ? `${ctx.origin}/${SINGULAR[kind]}/${id}` : undefined;
  return apiRecord(ctx, {
    kind,
    id,
    objectType: objectType ?? kind,
    url,
    row,
    fields: {
      name: kind === 'deal' ? str(o.title) : kind === 'activity' ? undefined : str(o.name),
      emails: values(o.email) ?? values(o.emails),
      phones: values(o.phone) ?? values(o.phones),
      company: kind === 'activity' ? undefined : (str(o.org_name) ?? nameOf(o.org_id)),
      companyId: kind === 'activity' ? undefined : idOf(o.org_id),
      owner: str(o.owner_name) ?? nameOf(o.owner_id) ?? nameOf(o.user_id),
      ownerId: idOf(o.owner_id) ?? idOf(o.user_id),
      contactId: kind === 'activity' || kind === 'deal' ? idOf(o.person_id) : undefined,
      relatedTo: kind === 'activity' ? (str(o.deal_title) ?? str(o.person_name) ?? str(o.org_name)) : undefined,
      status: kind === 'activity' && typeof o.done === 'boolean' ? (o.done ? 'done' : 'open') : str(o.status),
      activityDate: kind === 'activity' ? str(o.due_date) : undefined,
      active: kind === 'user' && typeof o.active_flag === 'boolean' ? o.active_flag : undefined,
      role: kind === 'user' && o.is_admin !== undefined ? (o.is_admin ? 'admin' : 'regular') : undefined,
      completedAt: kind === 'deal' ? (str(o.won_time) ?? str(o.lost_time) ?? str(o.close_time)) : undefined,
    },
  });
}

export const pipedriveMapper: ApiMapper = {
  id: 'pipedrive',
  read(payload, ctx) {
    if (!isObj(payload) || payload.success !== true || !('data' in payload)) return null;
    const data = payload.data;
    const items =
      objects(data) ??
      (isObj(data) && 'id' in data
        ? [data]
        : isObj(data) && objects(data.items)
          ? (data.items as Obj[]).map((i) => (isObj(i.item) ? i.item : i))
          : undefined);
    if (!items) return null;
    const m = ctx.requestUrl ? PATH.exec(ctx.requestUrl.pathname) : null;
    const pathKind = m ? PIPEDRIVE_OBJECTS[m[1]!] : undefined;
    return mapItems(ctx, items, (o) => readItem(ctx, o, pathKind, m?.[1]));
  },
};
