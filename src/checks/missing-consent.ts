// Marketing contacts with no recorded consent or lawful basis: the audit trail GDPR-style
// laws (and Iran's and Japan's own privacy rules) ask for before anyone is e-mailed.
import type { Finding, Severity } from '../model/finding';
import { displayName, type CrmRecord } from '../model/record';
import { flag, words } from './config';
import { matchesAny } from './shared-words';
import type { CheckDefinition } from './types';
import { finding, msg, noData, str } from './util';

export type MissingConsentThresholds = {
  /** Lifecycle stages that mean "we market to this person". */
  marketingLifecycles: string[];
  /** Tags that mean the same. */
  marketingTags: string[];
  /** Membership of any list counts as marketing use. */
  listsCountAsMarketing: boolean;
  /** Consent values that record a refusal or nothing at all (en/fa/ja). */
  deniedWords: string[];
};

const ID = 'missing-consent';

const LIFECYCLES = ['subscriber', 'marketing qualified lead', 'marketingqualifiedlead', 'mql', 'newsletter', 'مشترک', 'عضو خبرنامه', 'سرنخ واجد شرایط بازاریابی', '購読者', 'メルマガ会員', 'マーケティング'];
const TAGS = ['newsletter', 'marketing', 'subscriber', 'mailing list', 'campaign', 'خبرنامه', 'بازاریابی', 'مشترک', 'メルマガ', 'ニュースレター', 'マーケティング', 'キャンペーン'];
const DENIED = [
  'none', 'no', 'false', 'not granted', 'denied', 'declined', 'refused', 'withdrawn', 'revoked', 'opted out', 'opt out', 'optout', 'unsubscribed', 'pending', 'unknown', 'not set', 'n/a',
  'ندارد', 'خیر', 'رد شده', 'لغو شده', 'انصراف', 'لغو اشتراک', 'نامشخص', 'بدون رضایت',
  'なし', '無し', '未取得', '未同意', '拒否', '同意しない', '撤回', '配信停止', '不明', '保留',
];

// Column names showing that consent was on the page even where it is empty.
const CONSENT_HEADER = /consent|lawful|legal basis|gdpr|opt.?in|subscription|رضایت|مبنای|同意|法的根拠|オプトイン|配信/i;

function anyMatch(values: readonly unknown[], list: readonly string[]): boolean {
  for (const v of values) if (typeof v === 'string' && matchesAny(v, list)) return true;
  return false;
}

function marketingReasons(r: CrmRecord, lifecycles: readonly string[], tags: readonly string[], lists: boolean): string[] {
  const f = r.fields;
  const out: string[] = [];
  if (f.marketingOptIn === true) out.push('marketingOptIn');
  if (matchesAny(f.lifecycle, lifecycles)) out.push('lifecycle');
  if (Array.isArray(f.tags) && anyMatch(f.tags, tags)) out.push('tags');
  if (lists && Array.isArray(f.lists) && f.lists.some((l) => typeof l === 'string' && l.trim() !== '')) out.push('lists');
  return out;
}

const check: CheckDefinition<MissingConsentThresholds> = {
  id: ID,
  category: 'compliance',
  kinds: ['contact', 'lead'],
  weight: 2,
  title: 'Marketing contacts without consent',
  defaults: { marketingLifecycles: LIFECYCLES, marketingTags: TAGS, listsCountAsMarketing: true, deniedWords: DENIED },
  run(snapshot, config) {
    const d = check.defaults;
    const people = [...snapshot.of('contact'), ...snapshot.of('lead')];
    if (people.length === 0) return noData('missing_consent_no_contacts', 'not enough data: no contacts or leads seen');
    const lifecycles = words(config.marketingLifecycles, d.marketingLifecycles);
    const tags = words(config.marketingTags, d.marketingTags);
    const lists = flag(config.listsCountAsMarketing, d.listsCountAsMarketing);
    const denied = words(config.deniedWords, d.deniedWords);

    const marketing = people.map((r) => ({ r, reasons: marketingReasons(r, lifecycles, tags, lists) })).filter((x) => x.reasons.length > 0);
    if (marketing.length === 0) {
      return noData('missing_consent_no_marketing', 'not enough data: no marketing contacts seen (opt-in, lifecycle, tags or lists)');
    }
    // A list view without consent columns would make every contact look non-compliant.
    const seen = people.some(
      (r) => str(r.fields.consent) !== '' || str(r.fields.lawfulBasis) !== '' || r.source.via === 'api' || r.source.via === 'import' || r.source.via === 'dom-record' || Object.keys(r.raw).some((k) => CONSENT_HEADER.test(k)),
    );
    if (!seen) return noData('missing_consent_fields_not_seen', 'not enough data: consent and lawful basis were not shown on the pages read');

    const findings: Finding[] = [];
    let refused = 0;
    for (const { r, reasons } of marketing) {
      const consent = str(r.fields.consent);
      const basis = str(r.fields.lawfulBasis);
      const consentDenied = consent !== '' && matchesAny(consent, denied);
      const consentOk = consent !== '' && !consentDenied;
      const basisOk = basis !== '' && !matchesAny(basis, denied);
      if (consentOk || basisOk) continue;
      const name = displayName(r);
      // Marketing to someone who said no is worse than a missing record of a yes.
      const severity: Severity = consentDenied ? 'high' : 'medium';
      if (consentDenied) refused++;
      const shown = consent.slice(0, 80);
      const message = consentDenied
        ? msg('missing_consent_denied', `${name} is used for marketing although consent is recorded as "${shown}"`, { name, consent: shown })
        : msg('missing_consent_missing', `${name} is used for marketing but has no recorded consent or lawful basis`, { name });
      findings.push(finding(ID, severity, [r], message, { marketingBecause: reasons, consent: r.fields.consent ?? null, lawfulBasis: r.fields.lawfulBasis ?? null }));
    }
    return { status: 'ok', findings, metrics: { eligible: marketing.length, affected: findings.length, consentRefused: refused } };
  },
};

export default check;
