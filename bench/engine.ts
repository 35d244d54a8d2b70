// Engine benchmark: a full audit (every check except the duplicate engine, which has its own
// bench) over 100k mixed synthetic records. Run: node --import tsx bench/engine.ts
// Target: under 2 s on a 2-core machine.
import { pathToFileURL } from 'node:url';
import { runAudit } from '../src/audit/run-audit';
import { CHECKS } from '../src/checks/index';
import type { CanonicalFields, CrmRecord, RecordKind } from '../src/model/record';
import { makeSnapshot } from '../src/model/snapshot';

const NOW = new Date('2026-06-30T12:00:00Z');
const DAY = 86_400_000;

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Ali',
  'Sara',
  'Reza',
  'Maryam',
  'Kenji',
  'Yuki',
  'Emily',
  'James',
  'علی',
  'مریم',
  '太郎',
  '花子',
  'Olivia',
  'Noah',
  'Zahra',
  'Haruto',
];
const LAST = [
  'Rezaei',
  'Ahmadi',
  'Karimi',
  'Tanaka',
  'Suzuki',
  'Smith',
  'Brown',
  'رضایی',
  'احمدی',
  '山田',
  '佐藤',
  'Wilson',
  'Moradi',
  'Sato',
];
// [value, weight]: mostly clean values with a few percent of variants, as in a real CRM
type Weighted<T> = readonly (readonly [T, number])[];
const COUNTRIES: Weighted<string> = [
  ['United States', 40],
  ['Iran', 20],
  ['Japan', 20],
  ['Germany', 14],
  ['USA', 2],
  ['ایران', 1],
  ['日本', 1],
  ['us', 1],
  ['germany', 1],
];
const STAGES: Weighted<string> = [
  ['qualification', 20],
  ['proposal', 20],
  ['negotiation', 15],
  ['won', 20],
  ['lost', 23],
  ['Proposal', 2],
];
const LIFECYCLE: Weighted<string> = [
  ['lead', 40],
  ['customer', 35],
  ['Customer', 2],
  ['former customer', 5],
  ['opportunity', 15],
  ['', 3],
];
const TAGS: Weighted<string> = [
  ['vip', 30],
  ['newsletter', 40],
  ['VIP', 2],
  ['partner', 18],
  ['event-2025', 10],
];
const DOMAINS: Weighted<string> = [
  ['acme.com', 30],
  ['pars.ir', 25],
  ['tokyo.co.jp', 25],
  ['gmail.com', 16],
  ['mailinator.com', 2],
  ['gmial.com', 1],
  ['example.com', 1],
];
const INDUSTRIES: Weighted<string> = [
  ['Software', 40],
  ['Retail', 30],
  ['Logistics', 25],
  ['software', 2],
  ['', 3],
];

function iso(daysAgo: number): string {
  return new Date(NOW.getTime() - daysAgo * DAY).toISOString();
}

/** 100k records in the proportions of a mid-size CRM, with a few percent of every problem. */
export function syntheticRecords(total = 100_000, seed = 42): CrmRecord[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const pickW = <T>(list: Weighted<T>): T => {
    const total = list.reduce((n, [, w]) => n + w, 0);
    let x = rnd() * total;
    for (const [v, w] of list) if ((x -= w) < 0) return v;
    return list[0]![0];
  };
  const mix: [RecordKind, number][] = [
    ['contact', 0.45],
    ['lead', 0.05],
    ['company', 0.1],
    ['deal', 0.15],
    ['task', 0.1],
    ['activity', 0.12],
    ['user', 0.005],
    ['ticket', 0.02],
    ['campaign', 0.005],
  ];
  const users = Math.max(1, Math.round(total * 0.005));
  const out: CrmRecord[] = [];
  let id = 0;
  for (const [kind, share] of mix) {
    const n = kind === 'campaign' ? total - out.length : Math.round(total * share);
    for (let i = 0; i < n; i++) {
      id++;
      const owner = `User ${Math.floor(rnd() * users)}`;
      const f: CanonicalFields = { createdAt: iso(30 + rnd() * 900), updatedAt: iso(rnd() < 0.1 ? 400 + rnd() * 600 : rnd() * 300) };
      if (rnd() > 0.05) f.owner = owner;
      if (kind === 'contact' || kind === 'lead') {
        f.firstName = pick(FIRST);
        f.lastName = pick(LAST);
        if (rnd() > 0.04) f.emails = [`${rnd() < 0.01 ? 'bad@@' : `p${id}@`}${pickW(DOMAINS)}`];
        if (rnd() > 0.2) f.phones = [rnd() < 0.03 ? '12345' : `+1 415 555 ${String(1000 + (id % 9000)).padStart(4, '0')}`];
        f.country = pickW(COUNTRIES);
        f.lifecycle = pickW(LIFECYCLE);
        if (rnd() > 0.3) f.tags = [pickW(TAGS)];
        if (rnd() > 0.5)
          f.leadSource = pickW([
            ['Web', 50],
            ['Referral', 30],
            ['web', 2],
            ['Event', 18],
          ] as const);
        f.preferredContactMethod = pickW([
          ['email', 60],
          ['phone', 32],
          ['Email', 2],
          ['', 6],
        ] as const);
        f.company = `Company ${Math.floor(rnd() * total * 0.1)}`;
        f.lastActivityAt = iso(rnd() * 500);
        if (rnd() < 0.05) f.notes = `Called ${f.firstName}, card 4111 1111 1111 1111`;
        if (rnd() < 0.3) f.consent = pick(['granted', 'none']);
        if (rnd() < 0.4) f.marketingOptIn = rnd() < 0.8;
      } else if (kind === 'company') {
        f.name = `Company ${i}`;
        f.website = `company${i}.example`;
        f.industry = pickW(INDUSTRIES);
        f.country = pickW(COUNTRIES);
        if (rnd() > 0.3) f.phones = [`+81 3 ${String(1000 + (i % 9000))} ${String(1000 + ((i * 7) % 9000))}`];
      } else if (kind === 'deal') {
        f.name = `Deal ${i}`;
        f.stage = pickW(STAGES);
        if (rnd() > 0.05) f.amount = Math.round(rnd() * 100_000);
        f.closeDate = iso(-60 + rnd() * 200);
        f.stageChangedAt = iso(rnd() * 200);
        if (f.stage === 'lost' && rnd() > 0.3)
          f.lossReason = pickW([
            ['Price', 50],
            ['Competitor', 48],
            ['price', 2],
          ] as const);
      } else if (kind === 'task') {
        f.subject = `Follow up ${i}`;
        f.status = pickW([
          ['open', 50],
          ['done', 38],
          ['Open', 2],
          ['in progress', 10],
        ] as const);
        if (rnd() > 0.1) f.dueDate = iso(-30 + rnd() * 90);
      } else if (kind === 'activity') {
        f.subject = `Call ${i}`;
        f.activityType = pick(['call', 'email', 'meeting', 'note'] as const);
        f.activityDate = iso(rnd() * 200);
        f.dealId = `d${Math.floor(rnd() * total * 0.15)}`;
      } else if (kind === 'user') {
        f.name = `User ${i}`;
        f.emails = [`user${i}@acme.com`];
        f.team = pickW([
          ['sales', 50],
          ['support', 30],
          ['Sales', 2],
          ['marketing', 18],
        ] as const);
        f.role = pick(['rep', 'manager']);
        f.active = rnd() > 0.1;
        f.lastLoginAt = iso(rnd() * 90);
      } else if (kind === 'ticket') {
        f.subject = `Ticket ${i}`;
        f.priority = pickW([
          ['high', 40],
          ['low', 58],
          ['High', 2],
        ] as const);
        f.status = pick(['open', 'closed']);
      } else {
        f.name = `Campaign ${i}`;
        f.sent = 1000;
        f.delivered = 950;
        f.opened = Math.round(rnd() * 1200);
        f.replied = Math.round(rnd() * 50);
      }
      const raw: Record<string, string> = {};
      for (const [k, v] of Object.entries(f)) raw[k] = Array.isArray(v) ? v.join('; ') : String(v);
      raw['Fax'] = rnd() < 0.01 ? '+1 212 555 0100' : '';
      raw['Custom Region'] = pickW([
        ['North', 40],
        ['north', 2],
        ['South', 30],
        ['East', 28],
      ] as const);
      out.push({
        kind,
        source: { origin: 'https://bench.example', id: `${kind[0]}${id}`, via: 'api' },
        fields: f,
        raw,
        seenAt: NOW.toISOString(),
      });
    }
  }
  return out;
}

export interface EngineBenchResult {
  records: number;
  ms: number;
  /** CPU time of the process during the audit (user + system, all threads): a check on wall time when the machine is busy. */
  cpuMs: number;
  recordsPerSecond: number;
  peakRssMb: number;
  heapUsedMb: number;
  findings: number;
  score: number | null;
  /** The slowest checks when run one by one over the same snapshot (ms). */
  slowest: [string, number][];
  /** Findings per check. */
  findingsPerCheck: Record<string, number>;
}

export async function benchEngine(total = 100_000): Promise<EngineBenchResult> {
  const records = syntheticRecords(total);
  const checks = CHECKS.filter((c) => c.id !== 'duplicates');
  // warm-up on a small slice: module-level tables (disposable domains, phone metadata) load once
  runAudit(records.slice(0, 2_000), { origin: 'bench', now: NOW, checks });
  const globalGc = (globalThis as { gc?: () => void }).gc;
  globalGc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const run = runAudit(records, { origin: 'bench', now: NOW, checks });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  clearInterval(sampler);
  const mem = process.memoryUsage();
  peak = Math.max(peak, mem.rss, process.resourceUsage().maxRSS * 1024);

  const snapshot = makeSnapshot(records);
  const ctx = { now: NOW, defaultRegion: 'US' };
  const perCheck: [string, number][] = checks.map((c) => {
    const t = performance.now();
    c.run(snapshot, c.defaults, ctx);
    return [c.id, Math.round(performance.now() - t)];
  });
  perCheck.sort((a, b) => b[1] - a[1]);
  return {
    records: records.length,
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    recordsPerSecond: Math.round(records.length / (ms / 1000)),
    peakRssMb: Math.round(peak / 1024 / 1024),
    heapUsedMb: Math.round(mem.heapUsed / 1024 / 1024),
    findings: run.findings.length,
    score: run.score,
    slowest: perCheck.slice(0, 8),
    findingsPerCheck: run.findings.reduce<Record<string, number>>((acc, f) => ((acc[f.check] = (acc[f.check] ?? 0) + 1), acc), {}),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchEngine();
  console.log(
    `engine: ${r.records.toLocaleString('en-US')} records, 21 checks (no duplicate engine) in ${r.ms} ms (CPU ${r.cpuMs} ms) = ${r.recordsPerSecond.toLocaleString('en-US')} records/s; ` +
      `peak RSS ${r.peakRssMb} MB, heap ${r.heapUsedMb} MB; ${r.findings} findings, score ${r.score}`,
  );
  console.log(`slowest checks (run alone): ${r.slowest.map(([id, ms]) => `${id} ${ms} ms`).join(', ')}`);
  console.log(`findings per check: ${JSON.stringify(r.findingsPerCheck)}`);
}
