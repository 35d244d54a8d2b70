// E-mail addresses and websites in canonical form: what a mail server or a browser would treat
// as the same mailbox or site compares equal.
import { toAsciiDigits } from './text';

// Providers that ignore dots in the local part (Gmail and its old UK/DE alias).
const DOTLESS = new Set(['gmail.com', 'googlemail.com']);
const DOMAIN_ALIASES: Record<string, string> = { 'googlemail.com': 'gmail.com', 'ymail.com': 'yahoo.com' };

// Mailboxes a whole team shares: an exact match on them says little about the person.
const ROLE_LOCALS = new Set([
  'info',
  'sales',
  'admin',
  'office',
  'contact',
  'support',
  'hello',
  'team',
  'hr',
  'jobs',
  'careers',
  'billing',
  'accounts',
  'accounting',
  'finance',
  'marketing',
  'noreply',
  'no-reply',
  'help',
  'service',
  'enquiries',
  'inquiries',
  'mail',
  'webmaster',
  'postmaster',
  'reception',
  'orders',
  'press',
  'media',
  'legal',
  'privacy',
  'security',
  'it',
  'dev',
]);

// Consumer mailbox providers: their domain says nothing about the employer.
export const FREE_MAIL = new Set([
  'gmail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'gmx.de',
  'gmx.net',
  'gmx.com',
  'web.de',
  'yandex.ru',
  'yandex.com',
  'mail.ru',
  'protonmail.com',
  'proton.me',
  'zoho.com',
  'mail.com',
  'qq.com',
  '163.com',
  '126.com',
  'naver.com',
  'hotmail.co.uk',
  'yahoo.co.uk',
  'yahoo.co.jp',
  'yahoo.fr',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  'seznam.cz',
  'wp.pl',
  'bigpond.com',
  'optusnet.com.au',
  'chmail.ir',
  'email.ir',
  'docomo.ne.jp',
  'ezweb.ne.jp',
  'au.com',
  'softbank.ne.jp',
  'i.softbank.jp',
  'icloud.jp',
  'googlemail.com',
  'ymail.com',
  'rocketmail.com',
  'comcast.net',
  'verizon.net',
  'att.net',
  'sbcglobal.net',
  't-online.de',
]);

const ASCII_RE = /^\p{ASCII}*$/u;
const ascii = (s: string) => ASCII_RE.test(s);

export interface EmailAddress {
  /** Canonical address: lower case, provider aliases and +tags removed, Gmail dots removed. */
  canonical: string;
  local: string;
  domain: string;
  role: boolean;
  free: boolean;
}

// Already canonical as typed (lower case, no tag, no spaces or brackets): most CRM e-mails.
const PLAIN_EMAIL = /^[a-z0-9_%-][a-z0-9._%-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

export function parseEmail(text: string | undefined): EmailAddress | undefined {
  if (!text) return undefined;
  if (PLAIN_EMAIL.test(text)) {
    // A million-record import: no intermediate strings, and the canonical form is the input itself.
    const at = text.indexOf('@');
    const domain = text.slice(at + 1);
    if (!Object.hasOwn(DOMAIN_ALIASES, domain) && !(DOTLESS.has(domain) && text.lastIndexOf('.', at) >= 0)) {
      const local = text.slice(0, at);
      return { canonical: text, local, domain, role: ROLE_LOCALS.has(local), free: FREE_MAIL.has(domain) };
    }
  }
  const s = toAsciiDigits(ascii(text) ? text : text.normalize('NFKC'))
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '')
    .replace(/^<|>$/g, '');
  const at = s.lastIndexOf('@');
  if (at <= 0 || at === s.length - 1) return undefined;
  let local = s.slice(0, at);
  let domain = s.slice(at + 1).replace(/\.+$/, '');
  if (!domain.includes('.') || /\s/.test(local + domain)) return undefined;
  domain = DOMAIN_ALIASES[domain] ?? domain;
  // Sub-addressing: Gmail, Outlook, iCloud, Fastmail, Proton and most corporate servers
  // deliver "name+tag@" to "name@"; a leading "+" is not a tag.
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (DOTLESS.has(domain)) local = local.replace(/\./g, '');
  return { canonical: `${local}@${domain}`, local, domain, role: ROLE_LOCALS.has(local), free: FREE_MAIL.has(domain) };
}

/** "https://www.Acme.com/about?x" → "acme.com"; "acme.co.jp" stays; e-mail-looking input gives its domain. */
export function websiteDomain(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let s = toAsciiDigits(ascii(text) ? text : text.normalize('NFKC'))
    .trim()
    .toLowerCase();
  const at = s.lastIndexOf('@');
  if (at >= 0 && !s.includes('/')) s = s.slice(at + 1);
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\/\//, '');
  s = s.split(/[/?#\s]/)[0] ?? '';
  s = s
    .replace(/:\d+$/, '')
    .replace(/^www\d*\./, '')
    .replace(/\.+$/, '');
  return s.includes('.') && /^[\p{L}\p{N}.-]+$/u.test(s) ? s : undefined;
}
