// Reading what the CRM app fetched: the payloads the MAIN-world tap saw, mapped by the first
// mapper that recognises their shape. The page's own CRM is tried first (its origin tells),
// then every documented format, then the generic detector.
import type { CrmRecord } from '../../model/record';
import { detectSite } from '../sites';
import type { ApiMapper, MapContext } from './common';
import { salesforceMapper } from './salesforce';
import { hubspotMapper } from './hubspot';
import { pipedriveMapper } from './pipedrive';
import { zohoMapper } from './zoho';
import { dynamicsMapper } from './dynamics';
import { odooMapper } from './odoo';
import { twentyMapper } from './twenty';
import { espocrmMapper } from './espocrm';
import { sampleCrmMapper } from './sample-crm';
import { genericMapper } from './generic';

export const MAPPERS: readonly ApiMapper[] = [
  sampleCrmMapper,
  salesforceMapper,
  hubspotMapper,
  pipedriveMapper,
  zohoMapper,
  dynamicsMapper,
  odooMapper,
  twentyMapper,
  espocrmMapper,
];

export interface ApiReadResult {
  records: CrmRecord[];
  skipped: Record<string, number>;
  /** The mapper that read the payload; null when it was not record-shaped (nothing read). */
  mapper: string | null;
}

function clock(): () => number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf ? () => perf.now() : () => Date.now();
}

export function readApiPayload(payload: unknown, requestUrl: string, pageOrigin: string, opts: { now?: Date } = {}): ApiReadResult {
  const skipped: Record<string, number> = {};
  try {
    if (typeof payload !== 'object' || payload === null) return { records: [], skipped, mapper: null };
    let url: URL | undefined;
    try {
      url = new URL(requestUrl, pageOrigin);
    } catch {
      url = undefined;
    }
    let origin = pageOrigin;
    try {
      origin = new URL(pageOrigin).origin;
    } catch {
      // keep what we were given
    }
    const now = opts.now ?? new Date();
    const tick = clock();
    const ctx: MapContext = { origin, requestUrl: url, seenAt: now.toISOString(), now, skipped, started: tick(), clock: tick };
    const site = safeSite(origin);
    const ordered = [...MAPPERS.filter((m) => m.id === site), ...MAPPERS.filter((m) => m.id !== site), genericMapper];
    for (const mapper of ordered) {
      let records: CrmRecord[] | null;
      try {
        records = mapper.read(payload, ctx);
      } catch {
        skipped['unreadable payload'] = (skipped['unreadable payload'] ?? 0) + 1;
        continue;
      }
      if (records) return { records, skipped, mapper: mapper.id };
    }
    return { records: [], skipped, mapper: null };
  } catch {
    skipped['unreadable payload'] = (skipped['unreadable payload'] ?? 0) + 1;
    return { records: [], skipped, mapper: null };
  }
}

function safeSite(origin: string): string | undefined {
  try {
    return detectSite(new URL(origin)).id;
  } catch {
    return undefined;
  }
}
