// Turns a CrmRecord into a table row: every normaliser runs here, once per record, so the
// comparison loop never folds text or parses a phone number. Values that repeat across
// records (names, cities, companies) are normalised once per distinct input and cached.
import type { CrmRecord } from '../model/record';
import { cityKey, parseStreet, postcodeKey } from './address';
import { parseEmail, websiteDomain } from './contact-points';
import { parseCompanyName } from './legal-forms';
import { parseNamePart, parsePersonName } from './names';
import { parsePhone } from './phone';
import { phonetic } from './phonetic';
import { COL, familyOf } from './table';
import type { DictName, FeatureTable } from './table';
import { foldText } from './text';
import { countryCode } from '../model/countries';

const CACHE_LIMIT = 200_000;
/** After this many lookups, an adaptive cache that answered fewer than MIN_HIT_RATE of them is dropped. */
const CACHE_PROBATION = 20_000;
const MIN_HIT_RATE = 0.25;
const NO_IDS: number[] = [];
/** Where the ids a cached full name or company name yields go, in the order they are listed. */
const FULL_NAME_COLS = (['first', 'last', 'firstPh', 'lastPh', 'suffix', 'whole'] as const).map((c) => COL[c]);
const COMPANY_NAME_COLS = (['name', 'compact', 'form', 'initials', 'namePh'] as const).map((c) => COL[c]);

// A record's own country decides how its national phone numbers read; the default region is
// only the fallback. Names as CRMs write them (folded), mapped to ISO 3166 codes.
const COUNTRY_REGION: Record<string, string> = {
  iran: 'IR',
  ایران: 'IR',
  ir: 'IR',
  japan: 'JP',
  日本: 'JP',
  jp: 'JP',
  にほん: 'JP',
  'united states': 'US',
  usa: 'US',
  us: 'US',
  'united kingdom': 'GB',
  uk: 'GB',
  gb: 'GB',
  germany: 'DE',
  deutschland: 'DE',
  de: 'DE',
  france: 'FR',
  fr: 'FR',
  spain: 'ES',
  espana: 'ES',
  es: 'ES',
  italy: 'IT',
  italia: 'IT',
  it: 'IT',
  canada: 'CA',
  ca: 'CA',
  australia: 'AU',
  au: 'AU',
  netherlands: 'NL',
  nl: 'NL',
  turkey: 'TR',
  turkiye: 'TR',
  tr: 'TR',
  india: 'IN',
  in: 'IN',
  china: 'CN',
  中国: 'CN',
  cn: 'CN',
  'south korea': 'KR',
  korea: 'KR',
  kr: 'KR',
  brazil: 'BR',
  brasil: 'BR',
  br: 'BR',
  mexico: 'MX',
  mx: 'MX',
  russia: 'RU',
  ru: 'RU',
  'united arab emirates': 'AE',
  uae: 'AE',
  ae: 'AE',
  switzerland: 'CH',
  ch: 'CH',
  austria: 'AT',
  at: 'AT',
  portugal: 'PT',
  pt: 'PT',
};

/** Per-table caches from raw input text to dictionary ids (ids are table-specific). */
export class Preparer {
  private readonly caches: Record<string, Map<string, number[]>> = {};

  constructor(
    readonly table: FeatureTable,
    readonly region: string,
  ) {}

  /** Lookups and hits per cache, and the caches given up on. */
  private readonly tries: Record<string, [number, number]> = {};
  private readonly uncached = new Set<string>();

  /** `adaptive`: the cache may be given up when its values rarely repeat. */
  private cached(kind: string, raw: string, compute: (raw: string) => number[], adaptive = false): number[] {
    if (adaptive && this.uncached.has(kind)) return compute(raw);
    const cache = (this.caches[kind] ??= new Map());
    let hit = cache.get(raw);
    const missed = hit === undefined;
    if (hit === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      hit = compute(raw);
      cache.set(raw, hit);
    }
    if (adaptive) {
      const tries = (this.tries[kind] ??= [0, 0]);
      tries[0]++;
      if (!missed) tries[1]++;
      if (tries[0] === CACHE_PROBATION && tries[1] < CACHE_PROBATION * MIN_HIT_RATE) {
        // Values that rarely repeat (most streets are one household's): a lookup and an insert
        // into a large map cost more than parsing the value again.
        this.uncached.add(kind);
        delete this.caches[kind];
      }
    }
    return hit;
  }

  private readonly simpleCaches = new Map<DictName, Map<string, number>>();

  /** The id of a one-column value: a plain map per field, no closure or array per call (7 calls a record). */
  private simple(dict: DictName, raw: string | undefined, norm: (s: string) => string): number {
    if (!raw) return 0;
    let cache = this.simpleCaches.get(dict);
    if (!cache) this.simpleCaches.set(dict, (cache = new Map()));
    let hit = cache.get(raw);
    if (hit === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      hit = this.table.dict[dict].id(norm(raw));
      cache.set(raw, hit);
    }
    return hit;
  }

  /** Writes `r` into a new row and returns it; undefined for kinds the engine ignores. */
  write(r: CrmRecord, keepRecord: boolean): number | undefined {
    const T = this.table;
    if (familyOf(r.kind) !== T.family) return undefined;
    const row = T.allocate();
    const D = T.dict;
    const f = r.fields;
    T.setKind(row, r.kind);
    T.ids[row] = r.source.id;
    T.recs[row] = keepRecord ? r : undefined;
    T.put(
      row,
      COL.origin,
      this.simple('origin', r.source.origin, (s) => s),
    );
    let flags = 0x80;
    let domain = '';
    if (f.emails?.length) {
      const ids: number[] = [];
      for (const raw of f.emails) {
        const e = parseEmail(raw);
        if (!e) continue;
        const id = D.email.id(e.canonical);
        if (ids.includes(id)) continue;
        if (e.role && ids.length < 2) flags |= 1 << ids.length;
        ids.push(id);
        if (!e.free && !domain) domain = e.domain;
      }
      T.put(row, COL.email0, ids[0] ?? 0);
      T.put(row, COL.email1, ids[1] ?? 0);
      if (ids.length > 2) T.moreEmails.set(row, ids.slice(2));
    }
    T.flags[row] = flags;
    if (f.phones?.length) {
      const ids: number[] = [];
      const region = (f.country && (countryCode(f.country) ?? COUNTRY_REGION[foldText(f.country)])) || this.region;
      for (const raw of f.phones) {
        const p = parsePhone(raw, region);
        // Fragments that can't be read as E.164 still compare on their digits.
        const v = p ? (p.e164 ?? (p.digits.length >= 6 ? `#${p.digits}` : '')) : '';
        const id = D.phone.id(v);
        if (id && !ids.includes(id)) ids.push(id);
      }
      T.put(row, COL.phone0, ids[0] ?? 0);
      T.put(row, COL.phone1, ids[1] ?? 0);
      if (ids.length > 2) T.morePhones.set(row, ids.slice(2));
    }
    if (f.street) {
      // a street repeats across a household, an office building, every copy of a duplicate
      const ids = this.cached(
        'street',
        f.street,
        (raw) => {
          const st = parseStreet(raw);
          return st ? [D.street.id(st.key), D.streetWords.id(st.words.join(' ')), D.streetNumbers.id(st.numbers.join(' '))] : NO_IDS;
        },
        true,
      );
      T.put(row, COL.street, ids[0] ?? 0);
      T.put(row, COL.streetWords, ids[1] ?? 0);
      T.put(row, COL.streetNumbers, ids[2] ?? 0);
    }
    T.put(row, COL.city, this.simple('city', f.city, cityKey));
    T.put(row, COL.postcode, this.simple('postcode', f.postcode, postcodeKey));
    T.put(row, COL.state, this.simple('state', f.state, foldText));
    // "USA", "U.S." and "United States" are one country: compare ISO codes where the name is known.
    T.put(
      row,
      COL.country,
      this.simple('country', f.country, (c) => countryCode(c) ?? foldText(c)),
    );
    if (T.family === 'person') this.writePerson(r, row, domain);
    else if (T.family === 'company') this.writeCompany(r, row, domain);
    else this.writeDeal(r, row);
    return row;
  }

  /** [value id, phonetic id, suffix id] of a given-name or family-name field. */
  private namePart(part: 'first' | 'last', raw: string): number[] {
    return this.cached(part, raw, (s) => {
      const p = parseNamePart(s);
      const sp = p.value.indexOf(' ');
      const D = this.table.dict;
      // a given name sounds like its first word ("John Paul" → JN); a family name as a whole
      const sound = part === 'first' && sp >= 0 ? p.value.slice(0, sp) : p.value;
      return [D[part].id(p.value), D.ph.id(phonetic(sound)), D.suffix.id(p.suffix)];
    });
  }

  private writePerson(r: CrmRecord, row: number, emailDomain: string): void {
    const T = this.table;
    const D = T.dict;
    const f = r.fields;
    if (f.firstName || f.lastName) {
      const first = f.firstName ? this.namePart('first', f.firstName) : undefined;
      const last = f.lastName ? this.namePart('last', f.lastName) : undefined;
      T.put(row, COL.first, first?.[0] ?? 0);
      T.put(row, COL.firstPh, first?.[1] ?? 0);
      T.put(row, COL.last, last?.[0] ?? 0);
      T.put(row, COL.lastPh, last?.[1] ?? 0);
      T.put(row, COL.suffix, last?.[2] || first?.[2] || 0);
    } else if (f.name) {
      const ids = this.cached('fullName', f.name, (raw) => {
        const n = parsePersonName({ name: raw });
        const sp = n.first.indexOf(' ');
        const split = n.first || n.last;
        return [
          D.first.id(n.first),
          D.last.id(n.last),
          D.ph.id(phonetic(sp < 0 ? n.first : n.first.slice(0, sp))),
          D.ph.id(phonetic(n.last)),
          D.suffix.id(n.suffix),
          split ? 0 : D.whole.id(n.compact),
        ];
      });
      for (let k = 0; k < FULL_NAME_COLS.length; k++) T.put(row, FULL_NAME_COLS[k]!, ids[k]!);
    }
    T.put(
      row,
      COL.company,
      this.simple('company', f.company, (s) => parseCompanyName(s).compact),
    );
    const web = websiteDomain(f.website);
    T.put(row, COL.domain, D.domain.id(web ?? emailDomain));
    T.put(row, COL.dob, f.birthDate ? D.dob.id(f.birthDate.slice(0, 10)) : 0);
  }

  private writeCompany(r: CrmRecord, row: number, emailDomain: string): void {
    const T = this.table;
    const D = T.dict;
    const raw = r.fields.name ?? r.fields.company;
    if (raw) {
      const ids = this.cached('companyName', raw, (s) => {
        const n = parseCompanyName(s);
        return [
          D.name.id(n.key),
          D.compact.id(n.compact),
          D.form.id(n.form),
          D.initials.id(n.initials),
          D.ph.id(phonetic(n.tokens[0] ?? '')),
        ];
      });
      for (let k = 0; k < COMPANY_NAME_COLS.length; k++) T.put(row, COMPANY_NAME_COLS[k]!, ids[k]!);
    }
    T.put(row, COL.domain, D.domain.id(websiteDomain(r.fields.website) ?? emailDomain));
  }

  private writeDeal(r: CrmRecord, row: number): void {
    const T = this.table;
    const D = T.dict;
    const f = r.fields;
    const company = parseCompanyName(f.company);
    const own = new Set(company.tokens);
    const all = foldText(f.name ?? f.subject ?? '')
      .split(' ')
      .filter(Boolean);
    const words = all.filter((w) => !own.has(w)); // "Acme – renewal 2025" → "renewal 2025"
    T.put(row, COL.nameKey, D.nameKey.id((words.length ? words : all).join(' ')));
    T.put(row, COL.company, D.company.id(company.compact));
    T.put(row, COL.companyId, D.companyId.id(f.companyId ?? ''));
    if (f.amount !== undefined) T.amount[row] = f.amount;
    T.put(row, COL.currency, D.currency.id((f.currency ?? '').toUpperCase()));
    T.put(row, COL.closeDate, D.closeDate.id(f.closeDate ? f.closeDate.slice(0, 10) : ''));
    T.put(row, COL.owner, D.owner.id(foldText(f.owner ?? f.ownerId ?? '')));
  }
}
