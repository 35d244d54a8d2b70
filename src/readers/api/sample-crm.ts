// The bundled sample CRM: GET /api/<kind> → { object, total, results: [...] } with camelCase keys.
import { SAMPLE_KINDS } from '../sites/sample-crm';
import { apiRecord, isObj, mapItems, objects, type ApiMapper, type Obj } from './common';

const PATH = /\/api\/(contacts|companies|deals|tasks|activities|users)(?:\/([^/?#]+))?/;

export const sampleCrmMapper: ApiMapper = {
  id: 'sample-crm',
  read(payload, ctx) {
    if (!isObj(payload)) return null;
    const m = ctx.requestUrl ? PATH.exec(ctx.requestUrl.pathname) : null;
    let object = typeof payload.object === 'string' ? payload.object : undefined;
    let items = objects(payload.results);
    if (!(object && SAMPLE_KINDS[object] && items && typeof payload.total === 'number')) {
      // one record: GET /api/<kind>/<id>
      if (!m?.[2] || typeof payload.id !== 'string') return null;
      object = m[1]!;
      items = [payload];
    }
    const kind = SAMPLE_KINDS[object]!;
    return mapItems(ctx, items, (o: Obj) =>
      apiRecord(ctx, {
        kind,
        id: o.id,
        objectType: object,
        url: typeof o.id === 'string' ? `${ctx.origin}/${object}/${encodeURIComponent(o.id)}` : undefined,
        row: Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'id')),
      }),
    );
  },
};
