// Odoo JSON-RPC: { jsonrpc: "2.0", id, result } where result is a search_read/read list of
// records, or { length, records } from the web client's web_search_read. Empty values are
// `false`; many2one values are [id, "Name"] (or { id, display_name } in Odoo 17+).
import type { CanonicalFields, RecordKind } from '../../model/record';
import { ODOO_MODELS } from '../sites/odoo';
import { apiRecord, isObj, mapItems, objects, skip, str, type ApiMapper, type Obj } from './common';

const CALL = /\/web\/dataset\/call_kw\/([\w.]+)\/(\w+)/;
const BOOLEAN_KEYS = new Set(['active', 'is_company', 'done']);

function modelFromItem(o: Obj): string | undefined {
  if ('email_from' in o || 'expected_revenue' in o || ('stage_id' in o && 'probability' in o)) return 'crm.lead';
  if ('login' in o) return 'res.users';
  if ('res_model' in o && 'activity_type_id' in o) return 'mail.activity';
  if ('project_id' in o) return 'project.task';
  if ('is_company' in o || 'function' in o || 'commercial_company_name' in o || 'parent_id' in o) return 'res.partner';
  return undefined;
}

/** A many2one as its name, an x2many of { display_name } as names, `false` as nothing. */
function plain(k: string, v: unknown): unknown {
  if (v === false) return BOOLEAN_KEYS.has(k) ? false : undefined;
  if (Array.isArray(v)) {
    if (v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'string') return v[1];
    const names = v.map((x) => (isObj(x) ? (str(x.display_name) ?? str(x.name)) : undefined)).filter(Boolean);
    return names.length ? names : undefined;
  }
  if (isObj(v)) return str(v.display_name) ?? str(v.name);
  return v;
}

function m2oId(v: unknown): string | undefined {
  if (Array.isArray(v) && typeof v[0] === 'number') return String(v[0]);
  if (isObj(v)) return str(v.id);
  return undefined;
}

const ACTIVITY_NAMES: Record<string, CanonicalFields['activityType']> = {
  call: 'call',
  email: 'email',
  meeting: 'meeting',
  'to-do': 'task',
  todo: 'task',
  'to do': 'task',
  upload: 'other',
};

export const odooMapper: ApiMapper = {
  id: 'odoo',
  read(payload, ctx) {
    if (!isObj(payload) || payload.jsonrpc !== '2.0' || !('result' in payload)) return null;
    const result = payload.result;
    const items = objects(result) ?? (isObj(result) ? objects(result.records) : undefined);
    if (!items || !items.every((o) => typeof o.id === 'number' || typeof o.id === 'string')) return null;
    const call = ctx.requestUrl ? CALL.exec(ctx.requestUrl.pathname) : null;
    return mapItems(ctx, items, (o) => {
      const model = call?.[1] ?? modelFromItem(o);
      let kind: RecordKind | undefined = model ? ODOO_MODELS[model] : undefined;
      if (!model || !kind) {
        skip(ctx, 'object type not audited');
        return undefined;
      }
      if (model === 'res.partner' && o.is_company === true) kind = 'company';
      if (model === 'crm.lead' && o.type === 'lead') kind = 'lead';
      const row: Obj = {};
      for (const [k, v] of Object.entries(o)) {
        const p = plain(k, v);
        if (p === undefined || k === 'id' || k === 'type' || k === '__last_update') continue;
        // html fields (comment, description) as plain text: tags dropped by pattern, never parsed
        row[k] =
          typeof p === 'string' && /^(comment|description|note)$/.test(k)
            ? p
                .replace(/<[^>]{0,500}>/g, ' ')
                .replace(/\s+/g, ' ')
                .trim()
            : p;
      }
      // Odoo's field names that mean something else elsewhere: read explicitly below, kept in raw
      const rawOnly: Obj = {};
      for (const k of [
        'function',
        'parent_id',
        'partner_id',
        'user_id',
        'country_id',
        'stage_id',
        'lost_reason_id',
        'team_id',
        'date_deadline',
        'category_id',
        'tag_ids',
        'activity_type_id',
        'name',
        'contact_name',
        'partner_name',
        'login',
      ]) {
        if (k in row) rawOnly[k] = row[k];
        delete row[k];
      }
      const name = str(o.name);
      return apiRecord(ctx, {
        kind,
        id: o.id,
        objectType: model,
        url: `${ctx.origin}/web#id=${String(o.id)}&model=${model}&view_type=form`,
        row,
        rawOnly,
        fields: {
          name: kind === 'lead' ? (str(o.contact_name) ?? name) : kind === 'task' || kind === 'activity' ? undefined : name,
          subject:
            kind === 'lead' || kind === 'task'
              ? name
              : kind === 'activity'
                ? (str(o.summary) ?? str(plain('activity_type_id', o.activity_type_id)))
                : undefined,
          title: str(o.function),
          company:
            kind === 'company'
              ? undefined
              : (str(plain('parent_id', o.parent_id)) ??
                str(plain('partner_id', o.partner_id)) ??
                str(o.partner_name) ??
                str(o.commercial_company_name)),
          companyId: m2oId(o.parent_id) ?? m2oId(o.partner_id),
          owner: str(plain('user_id', o.user_id)),
          ownerId: m2oId(o.user_id),
          country: str(plain('country_id', o.country_id)),
          stage: str(plain('stage_id', o.stage_id)),
          lossReason: str(plain('lost_reason_id', o.lost_reason_id)),
          team: str(plain('team_id', o.team_id)),
          closeDate: kind === 'deal' || kind === 'lead' ? str(o.date_deadline) : undefined,
          dueDate: kind === 'task' || kind === 'activity' ? str(o.date_deadline) : undefined,
          tags: (plain('category_id', o.category_id) ?? plain('tag_ids', o.tag_ids)) as string[] | undefined,
          activityType:
            kind === 'activity'
              ? (ACTIVITY_NAMES[(str(plain('activity_type_id', o.activity_type_id)) ?? '').toLowerCase()] ?? 'other')
              : undefined,
          emails: kind === 'user' ? [str(o.email) ?? str(o.login)].filter((e): e is string => !!e && e.includes('@')) : undefined,
        },
      });
    });
  },
};
