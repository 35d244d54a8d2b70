// Classifying one e-mail address: bad syntax, placeholders typed to get past a required
// field, mistyped big-provider domains, throwaway (disposable) domains.
import disposableList from 'disposable-email-domains/index.json';
import wildcardList from 'disposable-email-domains/wildcard.json';

export type EmailProblem = 'syntax' | 'placeholder' | 'typo' | 'disposable';

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
