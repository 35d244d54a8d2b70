// Any other CRM: a link is a record link when it stays on this origin and its path (or hash
// route) ends in "<kind word>/<id>" or carries "?id=" beside a kind word.
import type { SiteProfile } from './types';
import { kindFromPath, kindFromWord } from '../dom/kind';
import { looksLikeId } from './util';

const LAST_TWO = /\/([^/]+)\/([^/]+)\/?$/;
const VERBS = /^(view|show|detail|details|edit|record|records|profile)$/i;

function fromPath(path: string): { id: string; kindWord: string } | undefined {
  // the common shape first, without splitting: "/contacts/c_12"
  const m = LAST_TWO.exec(path);
  if (m && looksLikeId(m[2]!) && kindFromWord(m[1]!)) return { id: m[2]!, kindWord: m[1]! };
  const segs = path.split('/').filter(Boolean);
  for (let i = segs.length - 1; i >= 1 && i >= segs.length - 3; i--) {
    const seg = segs[i]!;
    if (looksLikeId(seg) && kindFromWord(segs[i - 1]!)) return { id: seg, kindWord: segs[i - 1]! };
    // "/contacts/view/123", "/deals/record/42"
    if (i >= 2 && looksLikeId(seg) && VERBS.test(segs[i - 1]!) && kindFromWord(segs[i - 2]!)) return { id: seg, kindWord: segs[i - 2]! };
    // "/contacts/123/view", "/deal/42/overview"
    if (i >= 2 && looksLikeId(segs[i - 1]!) && kindFromWord(segs[i - 2]!) && /^[a-z-]{2,12}$/.test(seg))
      return { id: segs[i - 1]!, kindWord: segs[i - 2]! };
  }
  return undefined;
}

export const generic: SiteProfile = {
  id: 'generic',
  label: 'Generic',
  page(url) {
    const route = url.hash.startsWith('#/') ? url.hash.slice(1).split('?')[0]! : '';
    const hit = fromPath(url.pathname) ?? (route ? fromPath(route) : undefined);
    if (hit) return { kind: kindFromWord(hit.kindWord), objectType: hit.kindWord, recordId: hit.id };
    const kind = kindFromPath(url.pathname) ?? (route ? kindFromPath(route) : undefined);
    return kind ? { kind } : {};
  },
  recordLink(href, page) {
    if (href.origin !== page.origin) return undefined;
    const route = href.hash.startsWith('#/') ? href.hash.slice(1).split('?')[0]! : '';
    const hit = fromPath(href.pathname) ?? (route ? fromPath(route) : undefined);
    if (hit) return { id: decodeURIComponentSafe(hit.id), kind: kindFromWord(hit.kindWord), objectType: hit.kindWord, url: href.href };
    const id = href.searchParams.get('id') ?? href.searchParams.get('record');
    const kind = kindFromPath(href.pathname);
    return id && kind && looksLikeId(id) ? { id, kind, url: href.href } : undefined;
  },
};

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
