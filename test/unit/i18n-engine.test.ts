// The audit engine's messages (findings, no-data reasons, score explanations, self-assessment,
// survey, ROI) in every UI language: every key the engine can emit has a row in
// src/i18n/engine-strings.json, the rows agree on their {tokens}, and a real audit renders
// in Persian and Japanese with every token filled.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateSampleData, SAMPLE_NOW } from '../../sample-crm/seed';
import { computeRoi } from '../../src/audit/roi';
import { runAudit } from '../../src/audit/run-audit';
import { SELF_ASSESSMENT_ITEMS, scoreSelfAssessment } from '../../src/audit/self-assessment';
import { SURVEY_QUESTIONS } from '../../src/audit/survey';
import { CHECKS } from '../../src/checks/index';
import type { CheckDefinition } from '../../src/checks/types';
import piiInNotes from '../../src/checks/pii-in-notes';
import { GRADES, type AuditRun } from '../../src/model/audit';
import { CHECK_CATEGORIES, SEVERITIES, type LocalisableMessage } from '../../src/model/finding';
import { RECORD_KINDS, type CrmRecord, type RecordKind } from '../../src/model/record';
import { mapRaw } from '../../src/readers/dictionary';
import { explainCategory, explainOverall } from '../../src/score/explain';
import { tm } from '../../src/ui/i18n';
import { PLANTED_NOW, plantedWorkspace } from '../fixtures/workspace/planted';
import { daysAgo, NOW, rec, run } from '../fixtures/workspace/records';
import { setFakeLanguage, type FakeLanguage } from './fake-browser';

const ROOT = join(import.meta.dirname, '../..');
const LANGS: FakeLanguage[] = ['en', 'fa', 'ja'];
type Row = [string, string, string];

function readTable(file: string): Record<string, Row> {
  return JSON.parse(readFileSync(join(ROOT, 'src/i18n', file), 'utf8')) as Record<string, Row>;
}
const TABLE_FILES = readdirSync(join(ROOT, 'src/i18n')).filter((f) => f.endsWith('.json'));
const ENGINE = readTable('engine-strings.json');
const ALL: Record<string, Row> = Object.assign({}, ...TABLE_FILES.map(readTable));

const tokens = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

// ---------------------------------------------------------------------------------------
// (a) Keys in the engine's source.

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}
const ENGINE_FILES = ['src/checks', 'src/score', 'src/audit'].flatMap(sourceFiles);

/** Reads a '…' or `…` literal starting at `at` (skipping `${…}`, nested templates included); undefined otherwise. */
function readLiteral(src: string, at: number): { body: string; end: number } | undefined {
  const quote = src[at];
  if (quote !== "'" && quote !== '`') return undefined;
  let i = at + 1;
  while (i < src.length && src[i] !== quote) {
    if (src[i] === '\\') i += 2;
    else if (quote === '`' && src.startsWith('${', i)) i = skipExpression(src, i + 2);
    else i++;
  }
  return { body: src.slice(at + 1, i), end: i + 1 };
}
function skipExpression(src: string, i: number): number {
  for (let depth = 1; i < src.length;) {
    const c = src[i];
    if (c === '`' || c === "'") i = readLiteral(src, i)!.end;
    else {
      if (c === '{') depth++;
      if (c === '}' && --depth === 0) return i + 1;
      i++;
    }
  }
  return i;
}

/** The text of the `{…}` around `at` (brace counting only: good enough for the engine's sources). */
function enclosingObject(src: string, at: number): string {
  let from = at;
  for (let depth = 0; from > 0; from--) {
    if (src[from] === '}') depth++;
    if (src[from] === '{' && depth-- === 0) break;
  }
  let to = at;
  for (let depth = 0; to < src.length; to++) {
    if (src[to] === '{') depth++;
    if (src[to] === '}' && depth-- === 0) break;
  }
  return src.slice(from, to + 1);
}

interface KeySite {
  file: string;
  /** The key as written: a plain literal, or the source of a template / expression. */
  source: string;
  literal: boolean;
  /** The English text written next to a literal key, when it is a literal too. */
  text?: string;
}

/** `msg('k', …)`, `noData('k', …)`, `m('k', …)`, `fail('k', …)` (not their definitions) and `key: '…'` in object literals. */
function keySites(): KeySite[] {
  const sites: KeySite[] = [];
  for (const file of ENGINE_FILES) {
    const src = readFileSync(join(ROOT, file), 'utf8');
    const starts = [
      ...[...src.matchAll(/(?<!function )(?<![\w.])(?:msg|noData|m|fail)\(\s*/g)].map((x) => x.index + x[0].length),
      // an object is a message (or a question) when it has a `text` next to its `key`
      ...[...src.matchAll(/(?<![\w.])key:\s*/g)]
        .filter((x) => /(?:^|[\s,{])text\s*[:,}]/.test(enclosingObject(src, x.index)))
        .map((x) => x.index + x[0].length),
    ];
    for (const at of starts) {
      const lit = readLiteral(src, at);
      if (!lit) {
        const expr = /^[^,)}\n;]*/.exec(src.slice(at))![0].trim();
        if (/^string\b/.test(expr)) continue; // a type annotation (`key: string`)
        sites.push({ file, source: expr, literal: false });
        continue;
      }
      if (src[at] === '`') {
        sites.push({ file, source: `\`${lit.body}\``, literal: false });
        continue;
      }
      // the English next to it: `'key', 'text'`, `'key', (n, k) => \`text\``, `key: 'k', params, text: '…'`
      const rest = /^\s*,\s*(?:params(?::\s*\{[^}]*\})?\s*,\s*)?(?:text:\s*)?(?:\([^)]*\)\s*=>\s*)?/.exec(src.slice(lit.end))![0];
      const text = readLiteral(src, lit.end + rest.length)?.body;
      sites.push({ file, source: lit.body, literal: true, ...(text !== undefined ? { text } : {}) });
    }
  }
  return sites;
}

const SELF_ASSESSMENT_IDS = [
  'security_training',
  'encryption',
  'access_control',
  'firewall_antivirus',
  'updates',
  'backups_tested',
  'integrations_reviewed',
  'new_features_reviewed',
];
const FREQUENCIES = ['several_times_a_day', 'daily', 'weekly', 'monthly', 'rarely', 'never'];
const PII_TYPES = ['card', 'iban', 'national_id_ir', 'my_number', 'password'];

/** Keys the source builds at run time (or passes through a variable), enumerated by hand. */
const DYNAMIC_FAMILIES: { file: string; source: RegExp; keys: string[] }[] = [
  // msg(`pii_in_notes_${KEY[type]}`, …): one key per PII type
  { file: 'src/checks/pii-in-notes.ts', source: /^`pii_in_notes_\$\{KEY\[type\]\}`$/, keys: PII_TYPES.map((t) => `pii_in_notes_${t}`) },
  // item(id, …) → key `self_assessment_${id with - as _}`
  {
    file: 'src/audit/self-assessment.ts',
    source: /^`self_assessment_\$\{id\.replace/,
    keys: SELF_ASSESSMENT_IDS.map((id) => `self_assessment_${id}`),
  },
  // key(id) → `survey_${id with - as _}`, for the questions and the usage-frequency options
  {
    file: 'src/audit/survey.ts',
    source: /^key\(/,
    keys: [
      ...['usage_frequency', 'made_easier', 'made_harder', 'favourite_feature', 'where_it_fails'].map((q) => `survey_${q}`),
      ...FREQUENCIES.map((f) => `survey_usage_frequency_${f}`),
    ],
  },
  // msg(reason.key, …): the `key:` literals of REASONS, found as literals above
  {
    file: 'src/checks/invalid-email.ts',
    source: /^reason\.key$/,
    keys: ['syntax', 'typo', 'placeholder', 'disposable'].map((r) => `invalid_email_${r}`),
  },
  {
    file: 'src/checks/invalid-phone.ts',
    source: /^reason\.key$/,
    keys: ['invalid', 'unparseable', 'placeholder'].map((r) => `invalid_phone_${r}`),
  },
  // noData(key, …) hands its own argument to msg
  { file: 'src/checks/util.ts', source: /^key$/, keys: [] },
];

/** English the engine writes differently from the template, on purpose or not (see the report). */
const TEXT_DIFFERS: Record<string, string> = {
  // the engine writes the check id literally; the template takes it from the {check} param
  duplicates_explanation: '"duplicates:" is literal in the engine, {check} in the template',
  unused_fields_explanation: '"unused-fields:" is literal in the engine, {check} in the template',
};
/** Texts the source scan can't compare (checked on the real audit below instead). */
const TEXT_NOT_LITERAL: Record<string, string> = {
  score_overall_partial: 'built on the `base` sentence of score_overall',
};

describe('engine message keys in the source', () => {
  const sites = keySites();

  it('finds the message keys', () => {
    expect(sites.filter((s) => s.literal).length).toBeGreaterThan(100);
  });

  it('has a table row for every literal key, in Chrome message-name characters', () => {
    const literal = [...new Set(sites.filter((s) => s.literal).map((s) => s.source))];
    expect(literal.filter((k) => !/^[A-Za-z0-9_]+$/.test(k))).toEqual([]);
    expect(literal.filter((k) => !(k in ENGINE))).toEqual([]);
  });

  it('knows every dynamic key family, and has a row for each member', () => {
    const unknown = sites.filter((s) => !s.literal && !DYNAMIC_FAMILIES.some((f) => f.file === s.file && f.source.test(s.source)));
    expect(unknown.map((s) => `${s.file}: ${s.source}`)).toEqual([]);
    for (const family of DYNAMIC_FAMILIES) {
      expect(
        sites.some((s) => s.file === family.file && !s.literal && family.source.test(s.source)),
        `${family.file} ${family.source}`,
      ).toBe(true);
      for (const key of family.keys) expect(ENGINE, `${family.file}: ${key}`).toHaveProperty(key);
    }
  });

  it('enumerates the families as the engine builds them', () => {
    expect(SELF_ASSESSMENT_ITEMS.map((i) => i.key)).toEqual(DYNAMIC_FAMILIES[1]!.keys);
    const survey = SURVEY_QUESTIONS.flatMap((q) => [q.key, ...(q.type === 'choice' ? q.options.map((o) => o.key) : [])]);
    expect(survey.sort()).toEqual([...DYNAMIC_FAMILIES[2]!.keys].sort());
    // pii-in-notes: a note with one of each kind of personal data emits the whole family
    // (one record each: in a note with Japanese in it, a card number can be read as a My Number)
    const notes = [
      'Card 4111 1111 1111 1111',
      'IBAN GB82 WEST 1234 5698 7654 32',
      'کد ملی: 1000000001',
      'マイナンバー 123456789018',
      'password: Hunter22x',
    ];
    const result = run(
      piiInNotes,
      notes.map((notes, i) => rec('contact', `p${i}`, { name: 'PII', notes })),
    );
    expect(result.status).toBe('ok');
    if (result.status === 'ok') expect(result.findings.map((f) => f.message.key).sort()).toEqual([...DYNAMIC_FAMILIES[0]!.keys].sort());
  });

  it('has English templates that say what the engine says', () => {
    const parts = (s: string, token: RegExp) => s.split(token);
    const wrong: string[] = [];
    for (const s of sites) {
      if (!s.literal || s.text === undefined || s.source in TEXT_DIFFERS || s.source in TEXT_NOT_LITERAL || !(s.source in ENGINE)) continue;
      // the engine's `${…}` and the template's `{param}` must sit between the same words
      const engine = parts(s.text, /\$\{(?:[^{}]|\{[^{}]*\})*\}/);
      const template = parts(ENGINE[s.source]![0], /\{\w+\}/);
      if (engine.join('\u0000') !== template.join('\u0000')) wrong.push(`${s.source}: "${s.text}" vs "${ENGINE[s.source]![0]}"`);
    }
    expect(wrong).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// (b) The tables themselves.

describe('engine-strings.json', () => {
  it('has the same {tokens} in English, Persian and Japanese', () => {
    for (const [key, [en, fa, ja]] of Object.entries(ENGINE)) {
      expect(tokens(fa), `${key} fa`).toEqual(tokens(en));
      expect(tokens(ja), `${key} ja`).toEqual(tokens(en));
      // chrome.i18n reads $…$ and $1 as placeholders
      expect(`${en}${fa}${ja}`, key).not.toContain('$');
    }
  });

  it('uses keys Chrome accepts, each defined once across all tables (names are case-insensitive)', () => {
    const seen = new Map<string, string>();
    for (const file of TABLE_FILES) {
      for (const key of Object.keys(readTable(file))) {
        expect(key, file).toMatch(/^[A-Za-z0-9_]+$/);
        const lower = key.toLowerCase();
        expect(seen.get(lower), `${file}: ${key}`).toBeUndefined();
        seen.set(lower, `${file}: ${key}`);
      }
    }
  });

  it('names every record kind (singular and plural), every canonical field and the synthetic ones', () => {
    for (const kind of RECORD_KINDS) {
      expect(ENGINE).toHaveProperty(`kind_${kind}`);
      expect(ENGINE).toHaveProperty(`kind_${kind}_plural`);
    }
    expect(ENGINE).toHaveProperty('unit_records');
    const record = readFileSync(join(ROOT, 'src/model/record.ts'), 'utf8');
    const body = /interface CanonicalFields \{([\s\S]*?)\n\}/.exec(record)![1]!;
    const canonical = [...body.matchAll(/^\s*(\w+)\?:/gm)].map((m) => m[1]!);
    expect(canonical.length).toBeGreaterThan(50);
    // contactMethod: missing-key-data's "e-mail or phone"; email, phone, name: what sync-duplicates matched on
    for (const field of [...canonical, 'contactMethod', 'email', 'phone']) expect(ENGINE, field).toHaveProperty(`field_${field}`);
  });

  it('finds names for the categories, grades and severities in the UI tables', () => {
    const pascal = (s: string) => s.replace(/(^|-)(\w)/g, (_, _d: string, c: string) => c.toUpperCase());
    for (const c of CHECK_CATEGORIES) expect(ALL).toHaveProperty(`category${pascal(c)}`);
    for (const g of GRADES) expect(ALL).toHaveProperty(`grade_${g.replace(/-/g, '_')}`);
    for (const s of SEVERITIES) expect(ALL).toHaveProperty(`severity_${s}`);
    for (const c of CHECKS) expect(ALL).toHaveProperty(`check_${c.id.replace(/-/g, '_')}_title`);
  });
});

// ---------------------------------------------------------------------------------------
// (c) A real audit, rendered.

type Rows = Record<string, Record<string, unknown>[]>;
const COLLECTIONS: Record<string, RecordKind> = {
  users: 'user',
  companies: 'company',
  contacts: 'contact',
  deals: 'deal',
  tasks: 'task',
  activities: 'activity',
};

function records(data: Rows, seenAt: string): CrmRecord[] {
  return Object.entries(COLLECTIONS).flatMap(([collection, kind]) =>
    (data[collection] ?? []).map((row) => {
      const { fields, raw } = mapRaw(row, kind);
      return { kind, source: { origin: 'https://crm.test', id: String(row.id), via: 'api' as const }, fields, raw, seenAt };
    }),
  );
}

function messagesOf(run: AuditRun): LocalisableMessage[] {
  return [
    ...run.findings.map((f) => f.message),
    ...run.checks.map((c) => c.explanation),
    ...run.categories.map(explainCategory),
    explainOverall(run),
  ];
}

/** Small workspaces that reach the messages the sample data doesn't (NOW is 2026-06-30). */
function corners(): CrmRecord[][] {
  const minutesAgo = (n: number) => new Date(NOW.getTime() - n * 60_000).toISOString();
  const odd = [
    rec('user', 'u1', { name: 'Ann Active', team: 'sales', lastLoginAt: daysAgo(100) }),
    rec('user', 'u2', { name: 'Bob Never' }),
    rec('activity', 'a1', { subject: 'Call', activityType: 'call', owner: 'Ann Active', activityDate: daysAgo(60) }),
    rec('campaign', 'k1', { name: 'Spring', sent: 10, delivered: -1, replied: 12 }),
    rec('contact', 'c1', { name: 'From the future', createdAt: daysAgo(-400) }),
    rec('contact', 'c2', { name: 'Backwards', createdAt: daysAgo(5), updatedAt: daysAgo(10) }),
    rec('lead', 'l1', { name: 'Tagged', tags: ['vip'], lifecycle: '' }),
    ...[1, 2, 3].map((i) =>
      rec('contact', `s${i}`, { name: 'Sync Copy', emails: ['copy@acme.example'], leadSource: 'Zapier', createdAt: minutesAgo(i) }),
    ),
    ...['password: Hunter22x', 'کد ملی: 1000000001', 'マイナンバー 123456789018'].map((notes, i) =>
      rec('contact', `p${i}`, { name: `Note ${i}`, notes }),
    ),
    rec('deal', 'd1', { name: 'Not updated', stage: 'proposal', updatedAt: daysAgo(200) }),
    rec('deal', 'd2', { name: 'Only created', stage: 'proposal', createdAt: daysAgo(300) }),
    rec('task', 't1', { subject: 'Nobody, never', status: 'open' }),
    rec('task', 't2', { subject: 'Owned', status: 'open', owner: 'Ann Active', dueDate: daysAgo(-5) }),
  ];
  const quiet = [1, 2, 3].map((i) => rec('user', `u${i}`, { name: `User ${i}`, lastLoginAt: daysAgo(1) }));
  const logged = [1, 2].flatMap((u) =>
    Array.from({ length: 10 }, (_, i) =>
      rec('activity', `a${u}-${i}`, { activityType: 'call', owner: `User ${u}`, activityDate: daysAgo(i + 1) }),
    ),
  );
  return [odd, [...quiet, ...logged], [rec('contact', 'x1', { name: 'One', emails: ['one@acme.example'] })]];
}

/** Checks that break, for the runner's own messages. */
const BROKEN: CheckDefinition[] = [
  {
    ...CHECKS[0]!,
    id: 'throws',
    kinds: ['contact'],
    run: () => {
      throw new Error('kaboom');
    },
  },
  { ...CHECKS[0]!, id: 'nonsense', kinds: ['contact'], run: () => ({ status: 'ok', findings: [], metrics: { eligible: 1, affected: 5 } }) },
  { ...CHECKS[0]!, id: 'empty', kinds: ['contact'], run: () => ({ status: 'ok', findings: [], metrics: { eligible: 0, affected: 0 } }) },
];

function emitted(): LocalisableMessage[] {
  const sample = runAudit(records(generateSampleData() as unknown as Rows, SAMPLE_NOW), {
    origin: 'https://crm.test',
    now: new Date(SAMPLE_NOW),
    id: 'sample',
  });
  const planted = runAudit(records(plantedWorkspace() as unknown as Rows, PLANTED_NOW), {
    origin: 'https://crm.test',
    now: new Date(PLANTED_NOW),
    id: 'planted',
  });
  const empty = runAudit([], { origin: 'https://crm.test', now: new Date(PLANTED_NOW), id: 'empty' });
  const others = corners().map((list, i) => runAudit(list, { origin: 'https://crm.test', now: NOW, id: `corner-${i}` }));
  const broken = runAudit(corners()[2]!, { origin: 'https://crm.test', now: NOW, id: 'broken', checks: BROKEN });
  const roi = [
    computeRoi({ gain: '۱۲۰٬۰۰۰', cost: 100_000 }),
    computeRoi({ gain: 'x', cost: 1 }),
    computeRoi({ gain: 1, cost: 'x' }),
    computeRoi({ gain: 1, cost: 0 }),
    computeRoi({ gain: -1, cost: 1 }),
  ];
  const self = [
    scoreSelfAssessment({}),
    scoreSelfAssessment({ encryption: 'yes', updates: 'partial' }),
    scoreSelfAssessment(Object.fromEntries(SELF_ASSESSMENT_ITEMS.map((i) => [i.id, 'no']))),
  ];
  const questions = [
    ...SELF_ASSESSMENT_ITEMS,
    ...SURVEY_QUESTIONS,
    ...SURVEY_QUESTIONS.flatMap((q) => (q.type === 'choice' ? q.options : [])),
  ];
  return [
    ...messagesOf(sample),
    ...messagesOf(planted),
    ...messagesOf(empty),
    ...others.flatMap(messagesOf),
    ...messagesOf(broken),
    ...roi.map((r) => (r.ok ? r.explanation : r.error)),
    ...self.map((s) => s.explanation),
    ...questions.map((q) => ({ key: q.key, params: {}, text: q.text })),
  ];
}

function renderRaw(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

describe('a real audit in every language', () => {
  afterEach(() => setFakeLanguage('en'));
  const messages = emitted();
  const byKey = new Map(messages.map((m) => [m.key, m]));

  it('emits many different messages', () => {
    expect(byKey.size).toBeGreaterThan(50);
  });

  it('has an engine-strings row for every key emitted', () => {
    expect([...byKey.keys()].filter((k) => !(k in ENGINE))).toEqual([]);
  });

  it('fills every {token} of every template from the params', () => {
    for (const m of messages) {
      const row = ENGINE[m.key]!;
      for (const [i, lang] of LANGS.entries()) {
        expect(
          tokens(row[i]!).filter((t) => !Object.hasOwn(m.params, t)),
          `${m.key} ${lang}`,
        ).toEqual([]);
        setFakeLanguage(lang);
        const out = tm(m);
        expect(out, `${m.key} ${lang}`).not.toMatch(/\{\w+\}/);
        if (lang === 'fa') expect(out, m.key).toMatch(/[\u0600-\u06FF]/);
        if (lang === 'ja') expect(out, m.key).toMatch(/[\u3040-\u30FF\u4E00-\u9FFF]/);
      }
    }
  });

  it('renders the English template as the engine wrote it', () => {
    const wrong: string[] = [];
    setFakeLanguage('en');
    for (const m of messages) {
      if (m.key in TEXT_DIFFERS || renderRaw(ENGINE[m.key]![0], m.params) === m.text || tm(m) === m.text) continue;
      // explainOverall writes the grade as "very good"; missing-key-data has its own field labels;
      // invalid-phone writes "none" where the region param is empty
      if (
        /^score_overall/.test(m.key) &&
        renderRaw(ENGINE[m.key]![0], { ...m.params, grade: String(m.params.grade).replace('-', ' ') }) === m.text
      )
        continue;
      if (/^missing_key_data_/.test(m.key) && m.params.field === 'lifecycle') continue;
      wrong.push(`${m.key}: "${m.text}" vs "${renderRaw(ENGINE[m.key]![0], m.params)}"`);
    }
    expect(wrong).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// Params that carry English ids.

describe('tm localises params that carry ids', () => {
  afterEach(() => setFakeLanguage('en'));
  const render = (lang: FakeLanguage, key: string, params: Record<string, string | number>, text = 'fallback') => {
    setFakeLanguage(lang);
    return tm({ key, params, text });
  };

  // numbers follow the UI language too (Intl): Persian digits in fa
  it('names kinds (singular) and fields', () => {
    expect(render('fa', 'missing_key_data_field', { count: 3, total: 150, kind: 'contact', field: 'contactMethod' })).toBe(
      '۳ از ۱۵۰ رکورد مخاطب فاقد ایمیل یا تلفن هستند',
    );
    expect(render('ja', 'duplicates_group', { count: 2, kind: 'company', score: 93 })).toBe(
      '会社レコード2件が同一の会社と思われます（確度 93%）',
    );
    expect(render('en', 'missing_key_data_field', { count: 3, total: 150, kind: 'contact', field: 'contactMethod' })).toBe(
      '3 of 150 contact records have no e-mail or phone',
    );
    expect(render('ja', 'impossible_counts_greater', { name: 'Q3', field: 'replied', value: 12, other: 'sent', otherValue: 10 })).toBe(
      'Q3：返信数（12）が送信数（10）を上回っています',
    );
    expect(render('fa', 'unused_modules_absent', { module: 'ticket', used: 5 })).toContain('هیچ رکورد تیکت دیده نشد');
  });

  it('uses the plural where the engine wrote one (unit), and "records"', () => {
    expect(render('fa', 'score_check_clean', { check: 'adoption', eligible: 12, unit: 'users', score: 100 })).toBe(
      'میزان پذیرش: همه کاربران (۱۲ مورد) بدون مشکل‌اند؛ امتیاز ۱۰۰',
    );
    expect(render('en', 'score_check_clean', { check: 'impossible-counts', eligible: 9, unit: 'records', score: 100 })).toBe(
      'Impossible counts: all 9 records pass; score 100',
    );
    expect(
      render('ja', 'score_check', {
        check: 'adoption',
        affected: 4,
        eligible: 12,
        unit: 'users',
        percent: 33.3,
        severity: 'medium',
        score: 75,
      }),
    ).toBe('利用定着率：12件のユーザーのうち4件に問題あり（33.3%、最大の重大度：中）。スコア 75');
  });

  it('names categories, grades, checks and lists of them', () => {
    expect(
      render('ja', 'score_category_partial', { category: 'data-quality', score: 93, count: 7, noData: 'duplicates, stale-records' }),
    ).toBe('データ品質：93（7件のチェックの加重平均）。データなし：重複、古いレコード');
    expect(render('fa', 'score_overall_partial', { score: 89, grade: 'very-good', count: 4, noData: 'compliance' })).toBe(
      'امتیاز کل ۸۹ (خیلی خوب): میانگین امتیاز ۴ دسته؛ بدون داده: انطباق',
    );
    expect(render('fa', 'audit_no_records', { check: 'duplicates', kinds: 'contact, lead or company' })).toMatch(
      /^داده کافی نیست: هیچ رکورد مخاطب،\u200f? سرنخ، یا شرکت دیده نشد$/,
    );
    expect(render('ja', 'weak_segmentation_none', { count: 5, kind: 'contact', dimensions: 'tags, lifecycle, leadSource' })).toBe(
      '取引先責任者レコード5件にセグメントがありません（タグ、ライフサイクルステージ、リードソース）',
    );
  });

  it('keeps values it has no name for, and raw column names', () => {
    expect(
      render('fa', 'inconsistent_values_variants', { field: 'Region (custom)', kind: 'deal', count: 2, spellings: 'EU (3), Europe (1)' }),
    ).toBe('Region (custom) در رکوردهای معامله: یک مقدار به ۲ شکل مختلف نوشته شده است: EU (3), Europe (1)');
    expect(render('fa', 'unused_fields_empty', { field: 'country', kind: 'contact', total: 40 })).toBe(
      'فیلد «country» در همه ۴۰ رکورد مخاطب خالی است',
    );
    expect(render('ja', 'no_such_key', { kind: 'contact' }, 'English fallback')).toBe('English fallback');
  });
});
