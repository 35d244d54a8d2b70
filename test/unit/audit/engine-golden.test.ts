// Pins the engine's results on the benchmark's synthetic workspace: speed work on the checks
// must not change a single finding. Per check: status, eligible, affected, findings and a hash
// of every finding (records, message, evidence). After a deliberate change of results,
// regenerate with UPDATE_ENGINE_GOLDEN=1 and review the diff of engine-golden.json.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { syntheticRecords } from '../../../bench/engine';
import { runAudit } from '../../../src/audit/run-audit';
import { CHECKS } from '../../../src/checks/index';

const GOLDEN = fileURLToPath(new URL('./engine-golden.json', import.meta.url));
const NOW = new Date('2026-06-30T12:00:00Z');

interface CheckSummary {
  status: string;
  eligible: number;
  affected: number;
  score: number | null;
  findings: number;
  hash: string;
}

function summarise(total: number, region: string): Record<string, CheckSummary> {
  const checks = CHECKS.filter((c) => c.id !== 'duplicates');
  const run = runAudit(syntheticRecords(total, 7), { origin: 'golden', now: NOW, checks, id: 'golden', settings: { defaultRegion: region } });
  const out: Record<string, CheckSummary> = {};
  for (const c of run.checks) {
    const findings = run.findings.filter((f) => f.check === c.id);
    out[c.id] = {
      status: c.status,
      eligible: c.eligible,
      affected: c.affected,
      score: c.score,
      findings: findings.length,
      hash: createHash('sha256').update(JSON.stringify([c.explanation, findings])).digest('hex').slice(0, 16),
    };
  }
  return out;
}

describe('engine results on the synthetic bench workspace', () => {
  it('match the pinned golden summary', () => {
    const actual = { US: summarise(12_000, 'US'), unsupportedRegion: summarise(3_000, 'ZZ') };
    if (process.env.UPDATE_ENGINE_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as typeof actual;
    expect(actual).toEqual(golden);
    // the workspace plants every kind of problem: a golden of no-data outcomes would pin nothing
    expect(Object.values(actual.US).filter((c) => c.status === 'ok').length).toBeGreaterThanOrEqual(18);
  }, 60_000);
});
