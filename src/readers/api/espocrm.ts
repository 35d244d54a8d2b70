// EspoCRM REST API: GET {Entity} → { list: [...], total }, GET {Entity}/{id} → the record.
// E-mails and phones come as emailAddressData/phoneNumberData arrays beside the primary value.
import { ESPO_ENTITIES } from '../sites/espocrm';
import { apiRecord, isObj, mapItems, objects, skip, str, type ApiMapper, type Obj } from './common';
import { kindFromWord } from '../dom/kind';

const PATH = /\/api\/v1\/([A-Z]\w*)(?:\/([\w-]+))?(?:\/(\w+))?/;

function list(v: unknown, key: string): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out = v.map((x) => (isObj(x) && x.invalid !== true ? str(x[key]) : undefined)).filter((x): x is string => !!x);
  return out.length ? out : undefined;
}

export const espocrmMapper: ApiMapper = {
  id: 'espocrm',
  read(payload, ctx) {
    if (!isObj(payload)) return null;
    const m = ctx.requestUrl ? PATH.exec(ctx.requestUrl.pathname) : null;
    const items = objects(payload.list);
    const single =
      !items && m?.[2] && !m[3] && typeof payload.id === 'string' && ('createdAt' in payload || 'modifiedAt' in payload)
        ? [payload]
        : undefined;
    if (!(items && typeof payload.total === 'number') && !single) return null;
    // GET Account/{id}/contacts lists the related entity, named by the link
    const entity = m?.[3] ? undefined : m?.[1];
    const kind = entity ? ESPO_ENTITIES[entity] : m?.[3] ? kindFromWord(m[3]) : undefined;
    return mapItems(ctx, (items ?? single)!, (o: Obj) => {
      if (!kind) {
        skip(ctx, 'object type not audited');
        return undefined;
      }
      const objectType = entity ?? Object.keys(ESPO_ENTITIES).find((k) => ESPO_ENTITIES[k] === kind);
      const row: Obj = { ...o };
      for (const k of ['emailAddressData', 'phoneNumberData', 'teamsNames', 'teamsIds', 'deleted']) delete row[k];
      return apiRecord(ctx, {
        kind,
        id: o.id,
        objectType,
        url: str(o.id) && objectType ? `${ctx.origin}/#${objectType}/view/${str(o.id)}` : undefined,
        row,
        fields: {
          emails: list(o.emailAddressData, 'emailAddress'),
          phones: list(o.phoneNumberData, 'phoneNumber'),
          team: isObj(o.teamsNames) ? Object.values(o.teamsNames).map(str).filter(Boolean).join(', ') : undefined,
          dueDate: kind === 'task' ? (str(o.dateEnd) ?? str(o.dateEndDate)) : undefined,
          role: kind === 'user' ? str(o.type) : undefined,
          activityType:
            kind === 'activity'
              ? ({ Call: 'call', Meeting: 'meeting', Email: 'email' } as Record<string, 'call' | 'meeting' | 'email'>)[entity ?? '']
              : undefined,
        },
      });
    });
  },
};
