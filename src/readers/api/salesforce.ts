// Salesforce: User Interface API records ({ apiName, id, fields: { X: { value, displayValue } } })
// wherever they appear — single records, list record collections, record-ui maps, batch
// results, and inside Aura action responses ({ actions: [{ state, returnValue }] }) that
// Lightning pages fetch — plus REST/SOQL records ({ attributes: { type }, Id, … }).
import type { CrmRecord } from '../../model/record';
import { SALESFORCE_OBJECTS } from '../sites/salesforce';
import { apiRecord, findAll, isObj, mapItems, skip, str, type ApiMapper, type MapContext, type Obj } from './common';

function isUiRecord(o: Obj): boolean {
  return typeof o.apiName === 'string' && typeof o.id === 'string' && isObj(o.fields);
}

function isSoqlRecord(o: Obj): boolean {
  return isObj(o.attributes) && typeof (o.attributes as Obj).type === 'string' && (typeof o.Id === 'string' || typeof o.id === 'string');
}

/** UI API field values: primitives as they are, related records by their display value (the name). */
function flattenUi(rec: Obj): Obj {
  const row: Obj = {};
  for (const [k, fv] of Object.entries(rec.fields as Obj)) {
    if (!isObj(fv)) continue;
    const v = fv.value;
    if (isObj(v))
      row[k] = fv.displayValue ?? (isObj(v.fields) && isObj((v.fields as Obj).Name) ? ((v.fields as Obj).Name as Obj).value : undefined);
    else if (v !== null && v !== undefined)
      row[k] = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : fv.displayValue;
  }
  return row;
}

function flattenSoql(rec: Obj): Obj {
  const row: Obj = {};
  for (const [k, v] of Object.entries(rec)) {
    if (k === 'attributes') continue;
    if (isObj(v)) row[k] = v.Name ?? v.name;
    else row[k] = v;
  }
  return row;
}

function urlFor(ctx: MapContext, obj: string, id: string): string {
  return `${ctx.origin}/lightning/r/${obj}/${id}/view`;
}

export const salesforceMapper: ApiMapper = {
  id: 'salesforce',
  read(payload, ctx) {
    if (!isObj(payload) && !Array.isArray(payload)) return null;
    const found = findAll(payload, (o) => isUiRecord(o) || isSoqlRecord(o));
    if (found.length === 0) return null;
    const seen = new Set<string>();
    const records: CrmRecord[] = mapItems(ctx, found, (o) => {
      const ui = isUiRecord(o);
      const obj = ui ? (o.apiName as string) : ((o.attributes as Obj).type as string);
      const id = ui ? (o.id as string) : (str(o.Id) ?? str(o.id))!;
      const kind = SALESFORCE_OBJECTS[obj];
      if (!kind) {
        skip(ctx, 'object type not audited');
        return undefined;
      }
      // Aura responses repeat the same record in several actions
      if (seen.has(`${obj}|${id}`)) return undefined;
      seen.add(`${obj}|${id}`);
      const row = ui ? flattenUi(o) : flattenSoql(o);
      const fields = kind === 'user' ? { active: typeof row.IsActive === 'boolean' ? row.IsActive : undefined } : {};
      return apiRecord(ctx, { kind, id, objectType: obj, url: urlFor(ctx, obj, id), row, fields });
    });
    return records;
  },
};
