// Dynamics 365 / Dataverse Web API (OData v4): { "@odata.context": "…/$metadata#contacts(…)", value: [...] }
// or one entity. Lookups are `_x_value` GUIDs with their names in
// `_x_value@OData.Community.Display.V1.FormattedValue` (when the app asks for annotations, as it does).
import { DYNAMICS_ENTITIES } from '../sites/dynamics';
import { apiRecord, isObj, mapItems, objects, skip, str, type ApiMapper, type Obj } from './common';

const FORMATTED = '@OData.Community.Display.V1.FormattedValue';
const LOOKUP_FIELDS: Record<string, [string, string | null]> = {
  ownerid: ['owner', 'ownerId'],
  parentcustomerid: ['company', 'companyId'],
  customerid: ['company', 'companyId'],
  parentaccountid: ['parent account', null],
  regardingobjectid: ['regarding', null],
  transactioncurrencyid: ['currency', null],
  createdby: ['created by', null],
  modifiedby: ['modified by', null],
  owninguser: ['owning user', null],
  owningbusinessunit: ['business unit', null],
  primarycontactid: ['primary contact', null],
  businessunitid: ['business unit', null],
  parentcontactid: ['parent contact', null],
};

/** "contacts" → "contact", "opportunities" → "opportunity", "activitypointers" → "activitypointer". */
function singular(set: string): string {
  return set.endsWith('ies') ? `${set.slice(0, -3)}y` : set.endsWith('s') ? set.slice(0, -1) : set;
}

function entityFrom(context: string, requestUrl: URL | undefined): string | undefined {
  const m = /\$metadata#(\w+)/.exec(context) ?? (requestUrl ? /\/api\/data\/v[\d.]+\/(\w+)/.exec(requestUrl.pathname) : null);
  return m ? singular(m[1]!) : undefined;
}

function flatten(o: Obj): Obj {
  const row: Obj = {};
  for (const [k, v] of Object.entries(o)) {
    if (k.includes('@')) continue;
    const formatted = o[`${k}${FORMATTED}`];
    const lookup = /^_(\w+)_value$/.exec(k);
    if (lookup) {
      const [nameKey, idKey] = LOOKUP_FIELDS[lookup[1]!] ?? [lookup[1]!, null];
      if (formatted !== undefined) row[nameKey] = formatted;
      if (idKey) row[idKey] = v;
      continue;
    }
    // option sets (statecode 1 → "Inactive") and booleans read as their labels; money and dates stay raw
    const optionSet = /code$/.test(k) || typeof v === 'boolean';
    row[k] = formatted !== undefined && optionSet ? formatted : v;
  }
  return row;
}

export const dynamicsMapper: ApiMapper = {
  id: 'dynamics',
  read(payload, ctx) {
    if (!isObj(payload) || typeof payload['@odata.context'] !== 'string') return null;
    const entity = entityFrom(payload['@odata.context'] as string, ctx.requestUrl);
    const items = objects(payload.value) ?? ('@odata.etag' in payload || (entity && `${entity}id` in payload) ? [payload] : undefined);
    if (!items || !entity) return null;
    const kind = DYNAMICS_ENTITIES[entity];
    if (!kind) {
      skip(ctx, 'object type not audited', items.length);
      return [];
    }
    return mapItems(ctx, items, (o) => {
      const id = str(o[`${entity}id`]) ?? str(o.activityid);
      const row = flatten(o);
      delete row[`${entity}id`];
      return apiRecord(ctx, {
        kind,
        id,
        objectType: entity,
        url: id ? `${ctx.origin}/main.aspx?pagetype=entityrecord&etn=${entity}&id=${id}` : undefined,
        row,
        fields: {
          active: kind === 'user' && typeof o.isdisabled === 'boolean' ? !o.isdisabled : undefined,
          emails: kind === 'user' ? [str(o.internalemailaddress)].filter((e): e is string => !!e) : undefined,
          name: kind === 'lead' ? str(o.fullname) : undefined,
          subject: kind === 'lead' ? str(o.subject) : undefined,
          activityType:
            kind === 'activity'
              ? ({ phonecall: 'call', appointment: 'meeting', email: 'email', task: 'task' } as const)[entity as 'phonecall']
              : undefined,
        },
      });
    });
  },
};
