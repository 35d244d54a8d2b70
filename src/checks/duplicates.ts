// Duplicates, the headline data-quality problem. The matching itself lives in src/dedupe;
// this check turns its groups into findings and a score. The audit runner computes the groups
// once per snapshot (they also go into AuditRun.duplicates) and hands them over through
// `provideDuplicateScan`, so the engine never runs twice; run on its own, the check scans.
//
// Affected = every record in a `duplicate`-level group, the first copy included: which copy
// survives a merge is the user's decision, and all of them need looking at. `possible` groups
// are reported at low severity and only count when `countPossible` is on.
import type { DuplicateGroup } from '../model/audit';
import type { Finding, RecordRef, Severity } from '../model/finding';
import { isRecordKind, type CrmRecord, type RecordKind } from '../model/record';
import { scanDuplicates } from './duplicate-scan';
import type { CheckDefinition } from './types';
import { msg, noData, ref } from './util';

export type DuplicatesThresholds = {
  /** Record kinds whose duplicates count. */
  kinds: string[];
  /** Count records in "possible" groups as affected too. */
  countPossible: boolean;
  /** Groups this large or larger are high severity. */
  largeGroup: number;
};

const ID = 'duplicates';

/** The engine's groups carry their members' kinds and origins (see src/dedupe/types.ts). */
type Group = DuplicateGroup & { members?: { kind: RecordKind; id: string; origin?: string }[] };
const DEFAULT_KINDS: RecordKind[] = ['contact', 'lead', 'company', 'deal'];

function kindsOf(config: DuplicatesThresholds): RecordKind[] {
  const list = Array.isArray(config.kinds) ? config.kinds.filter(isRecordKind) : [];
  return list.length ? list : DEFAULT_KINDS;
}

const check: CheckDefinition<DuplicatesThresholds> = {
  id: ID,
  category: 'data-quality',
  kinds: [...DEFAULT_KINDS],
  weight: 3,
  title: 'Duplicate records',
  defaults: { kinds: [...DEFAULT_KINDS], countPossible: false, largeGroup: 3 },
  run(snapshot, config, ctx) {
    const kinds = kindsOf(config);
    const eligible = kinds.reduce((n, k) => n + snapshot.of(k).length, 0);
    if (eligible === 0) return noData('duplicates_no_data', 'Not enough data: no contacts, leads, companies or deals seen');
    const scan = scanDuplicates(snapshot, { defaultRegion: ctx.defaultRegion });
    if (scan.error !== undefined) {
      return noData('duplicates_engine_failed', `The duplicate engine failed: ${scan.error}`, { error: scan.error });
    }
    const countPossible = config.countPossible === true;
    const largeGroup = typeof config.largeGroup === 'number' && config.largeGroup >= 2 ? config.largeGroup : 3;

    const byKey = new Map<string, CrmRecord>();
    const wanted = new Set(kinds);
    for (const k of kinds) {
      for (const r of snapshot.of(k)) {
        byKey.set(`${r.source.origin}|${k}|${r.source.id}`, r);
        if (!byKey.has(`|${k}|${r.source.id}`)) byKey.set(`|${k}|${r.source.id}`, r);
      }
    }

    const findings: Finding[] = [];
    const affected = new Set<string>();
    let clusters = 0;
    let extraCopies = 0;
    let possibleClusters = 0;
    let possibleRecords = 0;
    for (const g of scan.groups as Group[]) {
      // a group may mix kinds (a lead matched to a contact): members say which record is which
      const members = (g.members ?? g.ids.map((id) => ({ kind: g.kind, id, origin: '' }))).filter((mb) => wanted.has(mb.kind));
      if (members.length < 2) continue;
      const counted = g.level === 'duplicate' || countPossible;
      const resolved = members.map((mb) => byKey.get(`${mb.origin ?? ''}|${mb.kind}|${mb.id}`) ?? byKey.get(`|${mb.kind}|${mb.id}`));
      const records: RecordRef[] = members.map((mb, i) => {
        const r = resolved[i];
        return r ? ref(r) : { kind: mb.kind, id: mb.id };
      });
      const n = members.length;
      // the engine's 0–1 confidence, shown as a whole percentage (the bits stay in the evidence)
      const score = Math.round(g.score * 100);
      const params = { count: n, kind: g.kind, score };
      let severity: Severity;
      let message;
      if (g.level === 'duplicate') {
        severity = n >= largeGroup ? 'high' : 'medium';
        message = msg('duplicates_group', `${n} ${g.kind} records look like the same ${g.kind} (confidence ${score}%)`, params);
      } else {
        severity = 'low';
        message = msg(
          'duplicates_possible_group',
          `${n} ${g.kind} records may be the same ${g.kind} (confidence ${score}%): review them`,
          params,
        );
        possibleClusters++;
        possibleRecords += n;
      }
      if (counted) {
        clusters++;
        extraCopies += n - 1;
        // only records of this snapshot count, so affected can never exceed eligible
        for (const r of resolved) if (r) affected.add(`${r.source.origin}|${r.kind}|${r.source.id}`);
      }
      findings.push({
        check: ID,
        severity,
        records,
        message,
        evidence: { kind: g.kind, level: g.level, score: g.score, fields: g.evidence },
      });
    }
    return {
      status: 'ok',
      findings,
      metrics: { eligible, affected: affected.size, clusters, extraCopies, possibleClusters, possibleRecords, ...prefixed(scan.metrics) },
    };
  },
};

/** Engine counters go into the metrics under `engine*` names so they can't clash with ours. */
function prefixed(metrics: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(metrics)) if (typeof v === 'number') out[`engine${k[0]?.toUpperCase() ?? ''}${k.slice(1)}`] = v;
  return out;
}

export default check;
