// Invalid e-mail addresses: bad syntax, placeholders typed to get past a required field,
// mistyped big-provider domains, and throwaway (disposable) domains. Findings are grouped per
// record kind and reason; the addresses themselves stay in the evidence, not in the message,
// so a redacted export can drop them.
import type { Finding, Severity } from '../model/finding';
import { isRecordKind, type CrmRecord, type RecordKind } from '../model/record';
import { emailProblem, type EmailProblem } from './email-addresses';
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

const ID = 'invalid-email';

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
        const list = r.fields.emails;
        if (!Array.isArray(list)) continue;
        let emails: string[] = list;
        // a copy only when some entry is not a usable string: nearly every list is clean
        for (const e of list) {
          if (typeof e === 'string' && e.trim() !== '') continue;
          emails = list.filter((x) => typeof x === 'string' && x.trim() !== '');
          break;
        }
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
