// Open deals whose expected close date has passed: the forecast is stale.
//
// This file also hosts the vocabulary and date helpers the process/usage checks share
// (deal outcome, open tasks, word matching in en/fa/ja, config coercion). They are named
// exports here only because checks may not add files to src/checks; they belong in
// src/checks/util.ts and can move there without changing behaviour.
import type { ThresholdValue } from '../model/audit';
import type { Finding, Severity } from '../model/finding';
import { displayName, type CrmRecord } from '../model/record';
import type { CheckDefinition } from './types';
import { finding, msg, noData } from './util';

export const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------
// Config coercion: overrides come from the options page and the CLI; a wrong type must
// fall back to the default rather than throw halfway through an audit.

export function num(value: ThresholdValue | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function words(value: ThresholdValue | undefined, fallback: readonly string[]): string[] {
  return Array.isArray(value) ? value.filter((w) => typeof w === 'string' && w.trim() !== '') : [...fallback];
}

export function flag(value: ThresholdValue | undefined, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

// ---------------------------------------------------------------------------------------
// Dates. Readers normalise to ISO, but stored data can still hold anything.

export function toTime(iso: string | undefined): number | undefined {
  if (typeof iso !== 'string' || iso.length > 64) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : t;
}

/**
 * A date-only due or close date ("2026-11-23", stored as midnight UTC) means "by the end of
 * that day": without this, everything due today would already count as late.
 */
export function deadlineTime(iso: string | undefined): number | undefined {
  const t = toTime(iso);
  if (t === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?Z)?$/.test(iso ?? '') ? t + DAY_MS : t;
}

export function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------
// Word matching for stage/status vocabularies written in English, Persian and Japanese.

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
// A negating prefix turns 完了 into 未完了 ("not finished"), 成約 into 未成約.
const CJK_NEGATION = new Set(['未', '不', '非', '無']);
const LATIN_NEGATION = new Set(['not', 'no', 'non']);

/** Lower-case, NFKC, Arabic letter variants folded, punctuation and ZWNJ turned into single spaces. */
export function normText(text: string): string {
  if (typeof text !== 'string') return '';
  return text
    .slice(0, 500)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/\u200c|\u200d|\u200e|\u200f/g, ' ')
    .replace(/[\s_\-–—/\\|:;,.!?()[\]{}<>「」『』【】・、，。"'“”‘’«»]+/g, ' ')
    .trim();
}

interface PreparedWord {
  norm: string;
  compact: string;
  tokens: string[];
  cjk: boolean;
}

// Vocabularies are small and reused for every record: normalise each word once.
const prepared = new Map<string, PreparedWord>();

function prepare(word: string): PreparedWord {
  let p = prepared.get(word);
  if (!p) {
    const norm = normText(word);
    p = { norm, compact: norm.replace(/ /g, ''), tokens: norm.split(' '), cjk: CJK.test(norm) };
    if (prepared.size > 5_000) prepared.clear();
    prepared.set(word, p);
  }
  return p;
}

function matchesPrepared(v: string, compact: string, tokens: readonly string[], w: PreparedWord): boolean {
  if (!w.norm) return false;
  if (v === w.norm || compact === w.compact) return true;
  if (w.cjk) {
    for (let i = v.indexOf(w.norm); i !== -1; i = v.indexOf(w.norm, i + 1)) {
      if (i === 0 || !CJK_NEGATION.has(v[i - 1] ?? '')) return true;
    }
    return false;
  }
  const wt = w.tokens;
  for (let i = 0; i + wt.length <= tokens.length; i++) {
    if (wt.every((t, j) => tokens[i + j] === t) && !LATIN_NEGATION.has(tokens[i - 1] ?? '')) return true;
  }
  return false;
}

/**
 * True when `value` says one of `list`: the same text, the same text without spaces
 * ("ClosedWon"), the word as whole tokens inside it ("Closed Won - signed"), or for Japanese
 * the word inside it ("受注済み") unless negated ("未成約"). Token matching keeps "ناموفق"
 * from matching "موفق"; a preceding "not"/"no" cancels a Latin match.
 */
export function matchesAny(value: unknown, list: readonly string[]): boolean {
  if (typeof value !== 'string') return false;
  const v = normText(value);
  if (!v) return false;
  const compact = v.replace(/ /g, '');
  const tokens = v.split(' ');
  return list.some((w) => typeof w === 'string' && matchesPrepared(v, compact, tokens, prepare(w)));
}

export function matchesWord(value: string, word: string): boolean {
  return matchesAny(value, [word]);
}

export const WON_WORDS = ['won', 'closed won', 'closedwon', 'deal won', 'برنده', 'برنده شد', 'موفق', 'موفقیت آمیز', 'بسته شده موفق', '受注', '成約'];
export const LOST_WORDS = ['lost', 'closed lost', 'closedlost', 'deal lost', 'از دست رفته', 'ناموفق', 'شکست', 'باخت', '失注', '不成約', '不採用'];
/** Closed without a win or loss: cancelled, abandoned. Such deals are not open either. */
export const CLOSED_WORDS = ['closed', 'cancelled', 'canceled', 'abandoned', 'archived', 'بسته شده', 'لغو', 'لغو شده', 'キャンセル', 'クローズ', '中止', '終了'];

export type DealOutcome = 'won' | 'lost' | 'closed' | 'open' | 'unknown';

export interface DealVocabulary {
  won: readonly string[];
  lost: readonly string[];
  closed: readonly string[];
}

export const DEFAULT_DEAL_VOCABULARY: DealVocabulary = { won: WON_WORDS, lost: LOST_WORDS, closed: CLOSED_WORDS };

/**
 * Status first (Pipedrive/Dynamics keep won/lost there, the stage keeps the last pipeline
 * step), then stage. Lost before won so "not won"-style values never read as won.
 * A deal with neither field is `unknown`: we can't tell whether it is still open.
 */
export function dealOutcome(deal: CrmRecord, vocab: DealVocabulary = DEFAULT_DEAL_VOCABULARY): DealOutcome {
  const { status, stage } = deal.fields;
  for (const text of [status, stage]) {
    if (typeof text !== 'string' || text.trim() === '') continue;
    if (matchesAny(text, vocab.lost)) return 'lost';
    if (matchesAny(text, vocab.won)) return 'won';
    if (matchesAny(text, vocab.closed)) return 'closed';
  }
  const has = (t: unknown) => typeof t === 'string' && t.trim() !== '';
  return has(status) || has(stage) ? 'open' : 'unknown';
}

export const DONE_WORDS = [
  'done', 'completed', 'complete', 'closed', 'finished', 'resolved', 'cancelled', 'canceled',
  'انجام شده', 'انجام شد', 'تکمیل شده', 'تکمیل', 'بسته شده', 'لغو شده', 'خاتمه یافته',
  '完了', '済み', '対応済', '終了', 'クローズ', 'キャンセル', '中止',
];

/**
 * A task is open unless its status says done or it has a completion date. Tasks with no
 * status at all count as open: task list views usually show open tasks only.
 */
export function isOpenTask(task: CrmRecord, doneWords: readonly string[] = DONE_WORDS, now?: Date): boolean {
  const completed = toTime(task.fields.completedAt);
  if (completed !== undefined && (now === undefined || completed <= now.getTime() + DAY_MS)) return false;
  return !matchesAny(task.fields.status, doneWords);
}

export function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** The strings of a field that should be a list of strings; anything else is dropped. */
export function strList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The trimmed text of a field that should be a string, or '' for anything else. */
export function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

export function maxSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a;
}

export function lowerSeverity(s: Severity): Severity {
  const order: Severity[] = ['info', 'low', 'medium', 'high', 'critical'];
  return order[Math.max(0, SEVERITY_RANK[s] - 1)] ?? 'info';
}

// ---------------------------------------------------------------------------------------
// The check.

export type DealsPastCloseDateThresholds = {
  /** Days past the close date before a deal is flagged at all. */
  graceDays: number;
  mediumAfterDays: number;
  highAfterDays: number;
  wonWords: string[];
  lostWords: string[];
  closedWords: string[];
};

const ID = 'deals-past-close-date';

const check: CheckDefinition<DealsPastCloseDateThresholds> = {
  id: ID,
  category: 'process',
  kinds: ['deal'],
  weight: 1,
  title: 'Open deals past their close date',
  defaults: { graceDays: 0, mediumAfterDays: 14, highAfterDays: 60, wonWords: WON_WORDS, lostWords: LOST_WORDS, closedWords: CLOSED_WORDS },
  run(snapshot, config, ctx) {
    const deals = snapshot.of('deal');
    if (deals.length === 0) return noData('deals_past_close_date_no_deals', 'not enough data: no deals seen');
    const d = check.defaults;
    const vocab: DealVocabulary = { won: words(config.wonWords, d.wonWords), lost: words(config.lostWords, d.lostWords), closed: words(config.closedWords, d.closedWords) };
    const grace = num(config.graceDays, d.graceDays);
    const medium = num(config.mediumAfterDays, d.mediumAfterDays);
    const high = num(config.highAfterDays, d.highAfterDays);
    const now = ctx.now.getTime();

    const findings: Finding[] = [];
    let eligible = 0;
    let unknownState = 0;
    for (const deal of deals) {
      const outcome = dealOutcome(deal, vocab);
      if (outcome === 'unknown') unknownState++;
      if (outcome !== 'open') continue;
      const close = deadlineTime(deal.fields.closeDate);
      if (close === undefined) continue;
      eligible++;
      if (close >= now) continue;
      const days = Math.floor((now - close) / DAY_MS);
      if (days < grace) continue;
      const severity: Severity = days >= high ? 'high' : days >= medium ? 'medium' : 'low';
      const closeDate = isoDay(toTime(deal.fields.closeDate) ?? close);
      const name = displayName(deal);
      findings.push(
        finding(ID, severity, [deal], msg('deals_past_close_date_finding', `Open deal ${name} was expected to close on ${closeDate}, ${days} days ago`, { name, closeDate, days }), {
          closeDate: deal.fields.closeDate,
          daysPast: days,
          stage: deal.fields.stage,
          status: deal.fields.status,
        }),
      );
    }
    if (eligible === 0) {
      return noData('deals_past_close_date_no_open', 'not enough data: no open deals with a close date seen');
    }
    return { status: 'ok', findings, metrics: { eligible, affected: findings.length, unknownState } };
  },
};

export default check;
