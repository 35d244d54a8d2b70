import { describe, expect, it, vi } from 'vitest';
import { runAudit } from '../../../src/audit/run-audit';
import duplicates from '../../../src/checks/duplicates';
import invalidEmail from '../../../src/checks/invalid-email';
import staleRecords from '../../../src/checks/stale-records';
import type { CheckDefinition } from '../../../src/checks/types';
import { finding, msg } from '../../../src/checks/util';
import type * as Dedupe from '../../../src/dedupe/index';
import { daysAgo, NOW, rec } from '../../fixtures/workspace/records';

const engine = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../src/dedupe/index', async (importOriginal) => {
  const real = await importOriginal<typeof Dedupe>();
  return {
    ...real,
    findDuplicates: (...args: Parameters<typeof real.findDuplicates>) => {
      engine.calls++;
      return real.findDuplicates(...args);
    },
  };
});

/** A check that flags records whose name starts with "bad". */
const namesCheck: CheckDefinition<{ prefix: string; severity: string }> = {
  id: 'names',
  category: 'data-quality',
  kinds: ['contact'],
  weight: 2,
  title: 'Names',
  defaults: { prefix: 'bad', severity: 'high' },
  run(snapshot, config) {
    const all = snapshot.of('contact');
    const bad = all.filter((r) => r.fields.name?.startsWith(config.prefix));
    return {
      status: 'ok',
      findings: bad.length ? [finding('names', 'high', bad, msg('names_bad', `${bad.length} bad names`))] : [],
      metrics: { eligible: all.length, affected: bad.length },
    };
  },
};
const throwing: CheckDefinition = {
  ...namesCheck,
  id: 'throws',
  category: 'usage',
  run: () => {
    throw new Error('kaboom');
  },
};
const nonsense: CheckDefinition = {
  ...namesCheck,
  id: 'nonsense',
  category: 'usage',
  run: () => ({ status: 'ok', findings: [], metrics: { eligible: 1, affected: 5 } }),
};
const usersOnly: CheckDefinition = { ...namesCheck, id: 'users-only', category: 'process', kinds: ['user'] };

const records = [
  rec('contact', 'c1', { name: 'bad one', emails: ['x@mailinator.com'], updatedAt: daysAgo(1) }),
  rec('contact', 'c2', { name: 'good', emails: ['ok@acme.com'], updatedAt: daysAgo(500) }),
  rec('contact', 'c3', { name: 'bad two', emails: ['ok2@acme.com'], updatedAt: daysAgo(2) }),
  rec('contact', 'c4', { name: 'fine', emails: ['ok3@acme.com'], updatedAt: daysAgo(3) }),
  rec('company', 'co1', { name: 'Acme' }),
];

describe('runAudit', () => {
  it('runs the checks, scores them and survives a check that throws or lies', () => {
    const run = runAudit(records, {
      origin: 'https://crm.test',
      now: NOW,
      checks: [namesCheck, throwing, nonsense, usersOnly, invalidEmail],
      id: 'run-1',
    });
    expect(run).toMatchObject({ id: 'run-1', origin: 'https://crm.test', now: NOW.toISOString(), counts: { contact: 4, company: 1 } });
    const byId = Object.fromEntries(run.checks.map((c) => [c.id, c]));
    expect(byId.names).toMatchObject({ status: 'ok', eligible: 4, affected: 2, score: 50, weight: 2 });
    expect(byId.names!.explanation.text).toBe('names: 2 of 4 contacts have problems (50%, worst severity high); score 50');
    expect(byId.throws).toMatchObject({
      status: 'no-data',
      score: null,
      explanation: { key: 'audit_check_failed', params: { check: 'throws', error: 'kaboom' } },
    });
    expect(byId.nonsense).toMatchObject({ status: 'no-data', explanation: { key: 'audit_check_invalid_result' } });
    expect(byId['users-only']).toMatchObject({
      status: 'no-data',
      explanation: { key: 'audit_no_records', text: 'Not enough data: no user records seen' },
    });
    expect(byId['invalid-email']).toMatchObject({ status: 'ok', eligible: 4, affected: 1, score: 88 });
    expect(run.skipped).toEqual({ 'check failed: throws': 1, 'check failed: nonsense': 1 });
    // data-quality: (2 × 50 + 2 × 88) / 4 = 69; usage and process have no data
    expect(run.categories).toEqual([
      { category: 'usage', score: null, checks: [], noData: ['throws', 'nonsense'] },
      { category: 'data-quality', score: 69, checks: ['names', 'invalid-email'], noData: [] },
      { category: 'process', score: null, checks: [], noData: ['users-only'] },
    ]);
    expect(run.score).toBe(69);
    expect(run.grade).toBe('poor');
    expect(run.findings.map((f) => f.check)).toEqual(['names', 'invalid-email']);
    expect(run.duplicates).toEqual([]);
  });

  it('merges threshold overrides over the defaults and skips disabled checks', () => {
    const run = runAudit(records, {
      origin: 'o',
      now: NOW,
      checks: [namesCheck, staleRecords, invalidEmail],
      settings: {
        thresholds: { names: { prefix: 'good', severity: 3 as unknown as string }, 'stale-records': { staleDays: 400 } },
        disabledChecks: ['invalid-email'],
      },
    });
    expect(run.checks.map((c) => [c.id, c.affected])).toEqual([
      ['names', 1],
      ['stale-records', 1],
    ]);
    expect(run.settings.disabledChecks).toEqual(['invalid-email']);
    expect(run.skipped).toEqual({ 'invalid threshold: names.severity (expected a string)': 1 });
    const strict = runAudit(records, {
      origin: 'o',
      now: NOW,
      checks: [staleRecords],
      settings: { thresholds: { 'stale-records': { staleDays: 1 } } },
    });
    expect(strict.checks[0]!.affected).toBe(3);
  });

  it('runs the duplicate engine once and reports its groups', () => {
    const people = [
      rec('contact', 'p1', { firstName: 'Reza', lastName: 'Karimi', emails: ['reza.karimi@pars.ir'], phones: ['+98 912 345 6789'] }),
      rec('contact', 'p2', { firstName: 'Reza', lastName: 'Karimi', emails: ['reza.karimi@pars.ir'], phones: ['+98 912 345 6789'] }),
      rec('contact', 'p3', { firstName: 'Emi', lastName: 'Sato', emails: ['emi@sato.jp'] }),
    ];
    engine.calls = 0;
    const run = runAudit(people, { origin: 'o', now: NOW, checks: [duplicates, invalidEmail] });
    expect(engine.calls).toBe(1);
    expect(run.duplicates).toHaveLength(1);
    expect([...run.duplicates[0]!.ids].sort()).toEqual(['p1', 'p2']);
    expect(run.checks[0]).toMatchObject({ id: 'duplicates', eligible: 3, affected: 2 });
    expect(run.checks[0]!.explanation.text).toMatch(/^duplicates: 2 of 3 records in 1 clusters; score \d+$/);
    // without the duplicates check the engine does not run at all
    engine.calls = 0;
    expect(runAudit(people, { origin: 'o', now: NOW, checks: [invalidEmail] }).duplicates).toEqual([]);
    expect(engine.calls).toBe(0);
  });

  it('carries read-time skips, defaults "now" to the clock and never throws on bad input', () => {
    const run = runAudit(null as unknown as [], {
      origin: 'o',
      checks: [namesCheck],
      skipped: { 'contacts.csv: ragged row': 2 },
      settings: { defaultRegion: 'nowhere' } as never,
    });
    expect(run.skipped).toMatchObject({ 'contacts.csv: ragged row': 2 });
    expect(Object.keys(run.skipped).some((k) => k.startsWith('invalid setting: defaultRegion'))).toBe(true);
    expect(run.settings.defaultRegion).toBe('US');
    expect(Math.abs(Date.parse(run.now) - Date.now())).toBeLessThan(60_000);
    expect(run.score).toBeNull();
    expect(run.grade).toBeNull();
  });

  it('uses the registry by default', () => {
    const run = runAudit(records, { origin: 'o', now: NOW });
    expect(run.checks).toHaveLength(22);
    expect(run.checks.find((c) => c.id === 'invalid-email')).toMatchObject({ eligible: 4, affected: 1 });
  });
});
