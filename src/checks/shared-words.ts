// Word matching for the stage/status/tag vocabularies the checks share, written in English,
// Persian and Japanese: deal outcome, open tasks, consent refusals.
//
// A CRM has a handful of distinct stages and statuses and 100k records carrying them, so each
// (word list, value) verdict is computed once and cached. Word lists are keyed by identity:
// treat them as immutable (config lists come through `words`, which copies).
import type { CrmRecord } from '../model/record';
import { DAY_MS, toTime } from './dates';
import { hasText } from './util';

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

const CACHE_LIMIT = 20_000;
const normCache = new Map<string, string>();

/** `normText` memoised: owner names, teams and picklist values repeat on every record. */
export function normTextCached(text: string): string {
  let n = normCache.get(text);
  if (n === undefined) {
    n = normText(text);
    if (normCache.size >= CACHE_LIMIT) normCache.clear();
    normCache.set(text, n);
  }
  return n;
}

interface PreparedWord {
  norm: string;
  compact: string;
  tokens: string[];
  cjk: boolean;
}

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

function computeMatch(value: string, list: readonly string[]): boolean {
  const v = normText(value);
  if (!v) return false;
  const compact = v.replace(/ /g, '');
  const tokens = v.split(' ');
  return list.some((w) => typeof w === 'string' && matchesPrepared(v, compact, tokens, prepare(w)));
}

const verdicts = new WeakMap<readonly string[], Map<string, boolean>>();

/**
 * True when `value` says one of `list`: the same text, the same text without spaces
 * ("ClosedWon"), the word as whole tokens inside it ("Closed Won - signed"), or for Japanese
 * the word inside it ("受注済み") unless negated ("未成約"). Token matching keeps "ناموفق"
 * from matching "موفق"; a preceding "not"/"no" cancels a Latin match.
 */
export function matchesAny(value: unknown, list: readonly string[]): boolean {
  if (typeof value !== 'string') return false;
  let known = verdicts.get(list);
  if (!known) verdicts.set(list, (known = new Map()));
  let verdict = known.get(value);
  if (verdict === undefined) {
    verdict = computeMatch(value, list);
    if (known.size >= CACHE_LIMIT) known.clear();
    known.set(value, verdict);
  }
  return verdict;
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
function outcomeOf(text: unknown, vocab: DealVocabulary): 'won' | 'lost' | 'closed' | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  if (matchesAny(text, vocab.lost)) return 'lost';
  if (matchesAny(text, vocab.won)) return 'won';
  if (matchesAny(text, vocab.closed)) return 'closed';
  return undefined;
}

export function dealOutcome(deal: CrmRecord, vocab: DealVocabulary = DEFAULT_DEAL_VOCABULARY): DealOutcome {
  const { status, stage } = deal.fields;
  const byStatus = outcomeOf(status, vocab);
  if (byStatus) return byStatus;
  const byStage = outcomeOf(stage, vocab);
  if (byStage) return byStage;
  return hasText(status) || hasText(stage) ? 'open' : 'unknown';
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
