// Invalid e-mail addresses: bad syntax, placeholders typed to get past a required field,
// mistyped big-provider domains, and throwaway (disposable) domains. Findings are grouped per
// record kind and reason; the addresses themselves stay in the evidence, not in the message,
// so a redacted export can drop them.
import disposableList from 'disposable-email-domains/index.json';
import wildcardList from 'disposable-email-domains/wildcard.json';
import type { Finding, Severity } from '../model/finding';
import { isRecordKind, type CrmRecord, type RecordKind } from '../model/record';
import type { CheckDefinition } from './types';
import { finding, msg, noData } from './util';

export type InvalidEmailThresholds = {
  kinds: string[];
  checkDisposable: boolean;
  checkPlaceholders: boolean;
  /** Domains to treat as disposable on top of the package's list. */
  extraDisposableDomains: string[];
  /** Domains never flagged as disposable (a customer's own catch-all domain, say). */
  allowedDomains: string[];
};

export type EmailProblem = 'syntax' | 'placeholder' | 'typo' | 'disposable';

const ID = 'invalid-email';

let disposable: Set<string> | undefined;
function disposableDomains(): Set<string> {
  // built on first use: 120k domains cost ~20 ms, and most audits of other kinds never need them
  disposable ??= new Set([...(disposableList as string[]), ...(wildcardList as string[])].map((d) => d.toLowerCase()));
  return disposable;
}

// Misspellings of the big providers that CRMs collect from web forms.
const TYPO_DOMAINS = new Set([
  'gmial.com',
  'gmai.com',
  'gmal.com',
  'gamil.com',
  'gnail.com',
  'gmaill.com',
  'gmail.co',
  'gmail.cm',
  'gmail.om',
  'gmail.cmo',
  'gmail.comm',
  'gmailcom',
  'gmali.com',
  'gmil.com',
  'hotmial.com',
  'hotmal.com',
  'hotmai.com',
  'hotmil.com',
  'hotmail.co',
  'hotmail.cm',
  'hotnail.com',
  'yahooo.com',
  'yaho.com',
  'yahoo.cm',
  'yhaoo.com',
  'yahho.com',
  'outlok.com',
  'outloo.com',
  'outlook.co',
  'outllok.com',
  'iclod.com',
  'icloud.co',
  'icoud.com',
]);
const TYPO_TLDS = new Set(['con', 'cmo', 'ocm', 'vom', 'xom', 'comm', 'coom', 'c0m', 'cpm']);

const PLACEHOLDER_LOCALS = new Set([
  'test',
  'none',
  'noemail',
  'no-email',
  'no.email',
  'nomail',
  'no',
  'na',
  'n.a',
  'null',
  'unknown',
  'asdf',
  'xxx',
  'example',
  'email',
  'fake',
  'dummy',
]);
const PLACEHOLDER_DOMAINS = new Set([
  'example.com',
  'example.org',
  'example.net',
  'test.com',
  'domain.com',
  'none.com',
  'noemail.com',
  'nomail.com',
  'email.test',
  'test.test',
  'invalid',
  'localhost',
  'xxx.com',
  'asdf.com',
]);

const LOCAL_RE = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+$/u;
const LABEL_RE = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const TLD_RE = /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/u;

interface EmailOptions {
  disposable?: boolean;
  placeholders?: boolean;
  extra?: ReadonlySet<string>;
  allowed?: ReadonlySet<string>;
}

/** The domain's own verdict; the same few domains recur on thousands of addresses, so it is cached. */
function domainProblem(domain: string, opts: EmailOptions): EmailProblem | undefined {
  const labels = domain.split('.');
  if (
    domain.length > 253 ||
    labels.length < 2 ||
    !labels.every((l) => l.length <= 63 && LABEL_RE.test(l)) ||
    !TLD_RE.test(labels[labels.length - 1]!)
  ) {
    return PLACEHOLDER_DOMAINS.has(domain) && opts.placeholders !== false ? 'placeholder' : 'syntax';
  }
  if (opts.placeholders !== false && PLACEHOLDER_DOMAINS.has(domain)) return 'placeholder';
  if (TYPO_DOMAINS.has(domain) || TYPO_TLDS.has(labels[labels.length - 1]!)) return 'typo';
  if (opts.disposable !== false && !opts.allowed?.has(domain)) {
    const list = disposableDomains();
    // sub.mailinator.com is as disposable as mailinator.com
    for (let i = 0; i < labels.length - 1; i++) {
      const suffix = labels.slice(i).join('.');
      if (opts.allowed?.has(suffix)) break;
      if (list.has(suffix) || opts.extra?.has(suffix)) return 'disposable';
    }
  }
  return undefined;
}

/** Classifies one address; undefined when it looks deliverable. Never throws. */
export function emailProblem(
  value: string,
  opts: EmailOptions = {},
  domainCache?: Map<string, EmailProblem | undefined>,
): EmailProblem | undefined {
  let s = String(value);
  if (!/^[\x20-\x7e]*$/.test(s)) s = s.normalize('NFKC'); // NFKC is the identity on printable ASCII
  s = s.trim().replace(/^mailto:/i, '');
  if (!s || /\s/.test(s) || s.length > 254) return 'syntax';
  const at = s.lastIndexOf('@');
  if (at < 1 || at === s.length - 1 || s.indexOf('@') !== at) return 'syntax';
  const local = s.slice(0, at);
  const domain = s
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '');
  if (local.length > 64 || !LOCAL_RE.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return 'syntax';
  let verdict: EmailProblem | undefined;
  if (domainCache?.has(domain)) verdict = domainCache.get(domain);
  else {
    verdict = domainProblem(domain, opts);
    domainCache?.set(domain, verdict);
  }
  // syntax and placeholder domains outrank a placeholder local part; typo and disposable don't
  if (verdict === 'syntax' || verdict === 'placeholder') return verdict;
  if (opts.placeholders !== false && PLACEHOLDER_LOCALS.has(local.toLowerCase())) return 'placeholder';
  return verdict;
}

const REASONS: { problem: EmailProblem; severity: Severity; key: string; text: (n: number, kind: string) => string }[] = [
  {
    problem: 'syntax',
    severity: 'medium',
    key: 'invalid_email_syntax',
    text: (n, k) => `${n} ${k} records have an e-mail address that is not valid`,
  },
  {
    problem: 'typo',
    severity: 'medium',
    key: 'invalid_email_typo',
    text: (n, k) => `${n} ${k} records have an e-mail domain that looks mistyped (gmial.com, hotmail.con…)`,
  },
  {
    problem: 'placeholder',
    severity: 'low',
    key: 'invalid_email_placeholder',
    text: (n, k) => `${n} ${k} records have a placeholder e-mail address (test@…, none@…, …@example.com)`,
  },
  {
    problem: 'disposable',
    severity: 'low',
    key: 'invalid_email_disposable',
    text: (n, k) => `${n} ${k} records use a disposable (throwaway) e-mail domain`,
  },
];

const SAMPLE_SIZE = 10;

function lowerSet(list: unknown): Set<string> {
  return new Set(Array.isArray(list) ? list.filter((d): d is string => typeof d === 'string').map((d) => d.trim().toLowerCase()) : []);
}

const check: CheckDefinition<InvalidEmailThresholds> = {
  id: ID,
  category: 'data-quality',
  kinds: ['contact', 'lead', 'company', 'user'],
  weight: 2,
  title: 'Invalid e-mail addresses',
  defaults: {
    kinds: ['contact', 'lead', 'company', 'user'],
    checkDisposable: true,
    checkPlaceholders: true,
    extraDisposableDomains: [],
    allowedDomains: [],
  },
  run(snapshot, config) {
    const kinds = (Array.isArray(config.kinds) ? config.kinds : []).filter(isRecordKind);
    const opts = {
      disposable: config.checkDisposable !== false,
      placeholders: config.checkPlaceholders !== false,
      extra: lowerSet(config.extraDisposableDomains),
      allowed: lowerSet(config.allowedDomains),
    };
    const findings: Finding[] = [];
    let eligible = 0;
    let affected = 0;
    let addresses = 0;
    const totals: Record<EmailProblem, number> = { syntax: 0, typo: 0, placeholder: 0, disposable: 0 };
    const domainCache = new Map<string, EmailProblem | undefined>();
    for (const kind of new Set<RecordKind>(kinds)) {
      const byProblem = new Map<EmailProblem, { records: CrmRecord[]; samples: string[] }>();
      for (const r of snapshot.of(kind)) {
        const emails = Array.isArray(r.fields.emails) ? r.fields.emails.filter((e) => typeof e === 'string' && e.trim() !== '') : [];
        if (emails.length === 0) continue;
        eligible++;
        addresses += emails.length;
        const problems = new Set<EmailProblem>();
        for (const e of emails) {
          const p = emailProblem(e, opts, domainCache);
          if (!p || problems.has(p)) continue;
          problems.add(p);
          let bucket = byProblem.get(p);
          if (!bucket) byProblem.set(p, (bucket = { records: [], samples: [] }));
          bucket.records.push(r);
          if (bucket.samples.length < SAMPLE_SIZE) bucket.samples.push(e);
        }
        if (problems.size) affected++;
      }
      for (const reason of REASONS) {
        const bucket = byProblem.get(reason.problem);
        if (!bucket) continue;
        totals[reason.problem] += bucket.records.length;
        const n = bucket.records.length;
        findings.push(
          finding(ID, reason.severity, bucket.records, msg(reason.key, reason.text(n, kind), { count: n, kind }), {
            kind,
            reason: reason.problem,
            samples: bucket.samples,
          }),
        );
      }
    }
    if (eligible === 0) return noData('invalid_email_no_data', 'Not enough data: no e-mail addresses seen');
    return { status: 'ok', findings, metrics: { eligible, affected, addresses, ...totals } };
  },
};

export default check;
