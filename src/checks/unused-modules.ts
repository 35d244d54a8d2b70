// CRM modules (record kinds) with no or almost no records while others are used: features
// paid for and not adopted. What we see is what was read, so absence is reported softly.
import type { Finding, Severity } from '../model/finding';
import { isRecordKind, type RecordKind } from '../model/record';
import { num, words } from './config';
import type { CheckDefinition } from './types';
import { finding, msg, noData } from './util';

export type UnusedModulesThresholds = {
  /** Record kinds to judge; unknown names are ignored. */
  modules: string[];
  /** A module with fewer records than this counts as unused. */
  minRecords: number;
};

const ID = 'unused-modules';
const MODULES: RecordKind[] = ['contact', 'company', 'deal', 'task', 'activity', 'ticket', 'campaign', 'lead'];

const check: CheckDefinition<UnusedModulesThresholds> = {
  id: ID,
  category: 'usage',
  kinds: MODULES,
  weight: 1,
  title: 'Unused modules',
  defaults: { modules: MODULES, minRecords: 5 },
  run(snapshot, config) {
    const d = check.defaults;
    const modules = [...new Set(words(config.modules, d.modules).filter(isRecordKind))].filter((k) => k !== 'user');
    const minRecords = Math.max(1, num(config.minRecords, d.minRecords));
    const counts = new Map(modules.map((k) => [k, snapshot.of(k).length]));
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    if (modules.length === 0 || total === 0) return noData('unused_modules_no_records', 'not enough data: no records seen');
    const used = modules.filter((k) => (counts.get(k) ?? 0) >= minRecords);
    // With nothing clearly in use there is no "while others are used" to compare against.
    if (used.length === 0) return noData('unused_modules_too_few_records', `not enough data: no module has ${minRecords} records yet`, { min: minRecords });

    const seenKinds = snapshot.kinds();
    const findings: Finding[] = [];
    for (const kind of modules) {
      const count = counts.get(kind) ?? 0;
      if (count >= minRecords) continue;
      const records = snapshot.of(kind);
      // A handful of records that all came from full exports/API calls is a real "almost
      // nothing here"; from page reads it may just be the first rows of one list.
      const partialRead = records.length === 0 || records.some((r) => String(r.source?.via ?? '').startsWith('dom-'));
      const severity: Severity = partialRead ? 'low' : 'medium';
      const evidence = { module: kind, records: count, minRecords, usedModules: used, seenKinds };
      findings.push(
        count === 0
          ? finding(ID, severity, [], msg('unused_modules_absent', `No ${kind} records were seen while ${used.length} other modules are in use: the module may be unused, or its pages were not browsed yet`, { module: kind, used: used.length }), evidence)
          : finding(ID, severity, [...records], msg('unused_modules_few', `Only ${count} ${kind} records were seen (fewer than ${minRecords}) while ${used.length} other modules are in use`, { module: kind, count, min: minRecords, used: used.length }), evidence),
      );
    }
    return { status: 'ok', findings, metrics: { eligible: modules.length, affected: findings.length, usedModules: used.length, recordsSeen: total } };
  },
};

export default check;
