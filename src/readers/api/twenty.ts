// Twenty: REST { data: { people: [...] }, pageInfo, totalCount } or { data: { person: {...} } },
// and GraphQL { data: { people: { edges: [{ node }] } } }. Composite fields: name { firstName,
// lastName }, emails { primaryEmail, additionalEmails }, phones { primaryPhoneNumber, … },
// amount { amountMicros, currencyCode }, links { primaryLinkUrl }.
import type { RecordKind } from '../../model/record';
import { TWENTY_OBJECTS } from '../sites/twenty';
import { apiRecord, isObj, joinName, mapItems, objects, str, type ApiMapper, type MapContext, type Obj } from './common';

const SINGULAR: Partial<Record<RecordKind, string>> = {
  contact: 'person',
  company: 'company',
  deal: 'opportunity',
  task: 'task',
  activity: 'note',
};

function personName(v: unknown): string | undefined {
  return isObj(v) ? joinName(v.firstName, v.lastName) : str(v);
}

function phoneList(v: unknown): string[] | undefined {
  if (!isObj(v)) return typeof v === 'string' && v ? [v] : undefined;
  const one = (n: unknown, code: unknown) =>
    str(n) ? `${str(code) && !str(n)!.startsWith('+') ? `${str(code)} ` : ''}${str(n)}` : undefined;
  const extra = Array.isArray(v.additionalPhones)
    ? v.additionalPhones.map((p) => (isObj(p) ? one(p.number, p.callingCode ?? p.countryCode) : str(p)))
    : [];
  const out = [one(v.primaryPhoneNumber, v.primaryPhoneCallingCode ?? v.primaryPhoneCountryCode), ...extra].filter((x): x is string => !!x);
  return out.length ? out : undefined;
}

function emailList(v: unknown): string[] | undefined {
  if (!isObj(v)) return typeof v === 'string' && v ? [v] : undefined;
  const extra = Array.isArray(v.additionalEmails) ? v.additionalEmails.map(str) : [];
  const out = [str(v.primaryEmail), ...extra].filter((x): x is string => !!x);
  return out.length ? out : undefined;
}

function link(v: unknown): string | undefined {
  return isObj(v) ? str(v.primaryLinkUrl) : str(v);
}

/** The record list (or record) under `data`, and the object name it came under. */
function records(payload: Obj): { objectName: string; items: Obj[] } | undefined {
  const data = payload.data;
  if (!isObj(data)) return undefined;
  for (const [key, v] of Object.entries(data)) {
    const objectName = key.replace(/^(find(Many|One)|create|update)/, '').replace(/^./, (c) => c.toLowerCase());
    if (!TWENTY_OBJECTS[objectName]) continue;
    const list =
      objects(v) ??
      (isObj(v) && Array.isArray(v.edges) ? (v.edges as unknown[]).map((e) => (isObj(e) ? e.node : undefined)).filter(isObj) : undefined) ??
      (isObj(v) && typeof v.id === 'string' ? [v] : undefined);
    if (list) return { objectName, items: list };
  }
  return undefined;
}

function readNode(ctx: MapContext, kind: RecordKind, objectName: string, o: Obj) {
  const id = str(o.id);
  const row: Obj = {};
  const rawOnly: Obj = {};
  for (const [k, v] of Object.entries(o)) {
    if (k === '__typename' || k === 'id') continue;
    if (isObj(v) || Array.isArray(v))
      rawOnly[k] = isObj(v)
        ? (personName(v.name) ??
          link(v) ??
          str(v.primaryEmail) ??
          str(v.primaryPhoneNumber) ??
          str(v.name) ??
          str(v.markdown) ??
          str(v.blocknote))
        : v;
    else row[k] = v;
  }
  // a task's or note's "title" is its subject; a company's "name" is a string, a person's an object
  if (kind === 'task' || kind === 'activity') delete row.title;
  const amount = isObj(o.amount) && typeof o.amount.amountMicros === 'number' ? o.amount.amountMicros / 1_000_000 : undefined;
  return apiRecord(ctx, {
    kind,
    id,
    objectType: objectName,
    url: id && SINGULAR[kind] ? `${ctx.origin}/object/${SINGULAR[kind]}/${id}` : undefined,
    row,
    rawOnly,
    fields: {
      name: kind === 'task' || kind === 'activity' ? undefined : personName(o.name),
      firstName: isObj(o.name) ? str(o.name.firstName) : undefined,
      lastName: isObj(o.name) ? str(o.name.lastName) : undefined,
      subject: kind === 'task' || kind === 'activity' ? str(o.title) : undefined,
      emails: emailList(o.emails) ?? emailList(o.email) ?? emailList(o.userEmail),
      phones: phoneList(o.phones) ?? phoneList(o.phone),
      website: link(o.domainName) ?? link(o.website),
      company: kind === 'company' ? undefined : isObj(o.company) ? str(o.company.name) : undefined,
      owner:
        personName(isObj(o.accountOwner) ? o.accountOwner.name : undefined) ??
        personName(isObj(o.assignee) ? o.assignee.name : undefined) ??
        personName(isObj(o.owner) ? o.owner.name : undefined),
      amount,
      currency: isObj(o.amount) ? str(o.amount.currencyCode) : undefined,
      notes: isObj(o.bodyV2) ? str(o.bodyV2.markdown) : str(o.body),
      city: isObj(o.address) ? str(o.address.addressCity) : undefined,
      country: isObj(o.address) ? str(o.address.addressCountry) : undefined,
    },
  });
}

export const twentyMapper: ApiMapper = {
  id: 'twenty',
  read(payload, ctx) {
    if (!isObj(payload)) return null;
    const found = records(payload);
    if (!found) return null;
    const kind = TWENTY_OBJECTS[found.objectName]!;
    return mapItems(ctx, found.items, (o) => readNode(ctx, kind, found.objectName, o));
  },
};
