// Any other JSON: the biggest array of objects that have an id and name/e-mail/phone-like keys
// is a record list; its keys go through the header dictionary. The kind must come from the
// request path ("/api/contacts"), the key holding the array ("contacts": [...]) or the keys
// themselves (first/last name are people) — an @mention list of { id, name, email } is not
// mistaken for contacts.
import type { FieldKey, RecordKind } from '../../model/record';
import { matchHeader } from '../dictionary';
import { kindFromFields, kindFromPath, kindFromWord } from '../dom/kind';
import { apiRecord, isObj, mapItems, str, type ApiMapper, type Obj } from './common';

const ID_KEYS = ['id', '_id', 'Id', 'ID', 'uuid', 'guid', 'recordId', 'record_id', 'objectId', 'object_id', 'pk', 'key'];
const IDENTIFYING = new Set<FieldKey>(['name', 'firstName', 'lastName', 'emails', 'phones', 'subject', 'company']);
const MAX_NODES = 20_000;

interface Candidate {
  items: Obj[];
  parentKey?: string;
  idKey: string;
}

function idKeyOf(sample: Obj[]): string | undefined {
  return ID_KEYS.find((k) => sample.filter((o) => str(o[k]) !== undefined).length >= sample.length * 0.8);
}

/** Arrays of objects that carry an id, anywhere in the payload (bounded walk). */
function candidates(payload: unknown): Candidate[] {
  const out: Candidate[] = [];
  const stack: [unknown, string | undefined, number][] = [[payload, undefined, 0]];
  let nodes = 0;
  while (stack.length && nodes++ < MAX_NODES) {
    const [v, key, depth] = stack.pop()!;
    if (Array.isArray(v)) {
      const sample = v.slice(0, 20);
      if (sample.length && sample.every(isObj)) {
        const idKey = idKeyOf(sample as Obj[]);
        if (idKey) out.push({ items: v as Obj[], parentKey: key, idKey });
      }
      if (depth < 5) for (const x of sample) if (typeof x === 'object' && x !== null) stack.push([x, key, depth + 1]);
    } else if (isObj(v) && depth < 5) {
      for (const [k, x] of Object.entries(v)) if (typeof x === 'object' && x !== null) stack.push([x, k, depth + 1]);
    }
  }
  return out;
}

/** The fields a list's keys map to, read as `kind` (a deal's "title" is its name). */
function fieldsOf(c: Candidate, kind: RecordKind | undefined): Set<FieldKey> {
  const fields = new Set<FieldKey>();
  for (const o of c.items.slice(0, 20)) {
    for (const k of Object.keys(o)) {
      if (k === c.idKey) continue;
      const f = matchHeader(k, kind);
      if (f) fields.add(f);
    }
  }
  return fields;
}

export const genericMapper: ApiMapper = {
  id: 'generic',
  read(payload, ctx) {
    if (typeof payload !== 'object' || payload === null) return null;
    const pathKind = ctx.requestUrl ? kindFromPath(ctx.requestUrl.pathname) : undefined;
    const ranked = candidates(payload)
      .map((c) => {
        const named = kindFromWord(c.parentKey) ?? pathKind;
        const fields = fieldsOf(c, named);
        return { c, fields, kind: named ?? kindFromFields(fields) };
      })
      .filter(({ fields, kind }) => kind && fields.size >= 2 && [...fields].some((f) => IDENTIFYING.has(f)))
      .sort((a, b) => b.c.items.length * b.fields.size - a.c.items.length * a.fields.size);
    const best = ranked[0];
    if (!best) return null;
    const { c, kind } = best;
    return mapItems(ctx, c.items, (o) => {
      if (!isObj(o)) return undefined;
      const row: Obj = {};
      for (const [k, v] of Object.entries(o)) if (k !== c.idKey) row[k] = v;
      return apiRecord(ctx, { kind: kind!, id: o[c.idKey], row });
    });
  },
};
