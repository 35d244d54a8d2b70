// Zoho CRM API v2+ (v2.1 … v8): { data: [...], info: { per_page, count, page, more_records } }.
// Field API names are Capitalised_Underscored; lookups are { name, id }, the owner is `Owner`.
import type { RecordKind } from '../../model/record';
import { ZOHO_MODULES, zoho } from '../sites/zoho';
import { apiRecord, isObj, mapItems, objects, skip, str, type ApiMapper, type Obj } from './common';

const PATH = /\/crm\/v\d+(?:\.\d+)?\/(\w+)/;
const API_NAME = /^(?:[A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*|id|\$\w+)$/;

function kindFromItem(o: Obj): RecordKind | undefined {
  if ('Deal_Name' in o || 'Potential_Name' in o) return 'deal';
  if ('Subject' in o && 'Due_Date' in o) return 'task';
  if ('Last_Name' in o && ('Lead_Status' in o || 'Company' in o)) return 'lead';
  if ('Last_Name' in o || 'Full_Name' in o) return 'contact';
  if (typeof o.Account_Name === 'string') return 'company';
  return undefined;
}

function looksZoho(items: Obj[]): boolean {
  const sample = items.slice(0, 5);
  return sample.every((o) => 'id' in o && Object.keys(o).filter((k) => API_NAME.test(k)).length >= Object.keys(o).length * 0.8);
}

function lookupName(v: unknown): string | undefined {
  return isObj(v) ? str(v.name) : str(v);
}

export const zohoMapper: ApiMapper = {
  id: 'zoho',
  read(payload, ctx) {
    if (!isObj(payload)) return null;
    const items = objects(payload.data);
    if (!items || items.length === 0 || !looksZoho(items)) return null;
    const m = ctx.requestUrl ? PATH.exec(ctx.requestUrl.pathname) : null;
    const module = m && ZOHO_MODULES[m[1]!] ? m[1] : undefined;
    return mapItems(ctx, items, (o) => {
      const kind = (module ? ZOHO_MODULES[module] : undefined) ?? kindFromItem(o);
      if (!kind) {
        skip(ctx, 'object type not audited');
        return undefined;
      }
      const row: Obj = {};
      for (const [k, v] of Object.entries(o)) if (!k.startsWith('$')) row[k] = v;
      const owner = isObj(o.Owner) ? o.Owner : undefined;
      const account = isObj(o.Account_Name) ? o.Account_Name : undefined;
      const tags = Array.isArray(o.Tag) ? o.Tag.map(lookupName).filter((t): t is string => !!t) : undefined;
      return apiRecord(ctx, {
        kind,
        id: o.id,
        objectType: module ?? kind,
        url: str(o.id) ? zoho.recordUrl?.(ctx.origin, kind, str(o.id)!, module) : undefined,
        row,
        fields: {
          name: kind === 'company' ? str(o.Account_Name) : kind === 'deal' ? (str(o.Deal_Name) ?? str(o.Potential_Name)) : str(o.Full_Name),
          owner: owner ? str(owner.name) : undefined,
          ownerId: owner ? str(owner.id) : undefined,
          company: kind === 'company' ? undefined : (lookupName(o.Account_Name) ?? str(o.Company)),
          companyId: account ? str(account.id) : undefined,
          tags,
          marketingOptIn: typeof o.Email_Opt_Out === 'boolean' ? !o.Email_Opt_Out : undefined,
        },
      });
    });
  },
};
