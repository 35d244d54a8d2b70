// A site profile: how to recognise one CRM and read its URLs. Profiles know URL patterns and
// object names only; the generic readers do the reading, so a CRM whose markup changes keeps
// working as long as it still shows tables, grids, lists or label/value pairs.
import type { RecordKind } from '../../model/record';

export interface PageInfo {
  kind?: RecordKind;
  /** The CRM's object name ("Contact", "persons", "res.partner"). */
  objectType?: string;
  /** Set when the URL opens one record. */
  recordId?: string;
}

export interface RecordRef {
  id: string;
  kind?: RecordKind;
  objectType?: string;
  /** Absolute record URL. */
  url: string;
}

export interface SiteProfile {
  id: string;
  label: string;
  /** Cheap test on the URL (host names, path scheme). */
  matchUrl?(url: URL): boolean;
  /** Test on DOM markers, for self-hosted CRMs on any host. Must be cheap: the head, body attributes, ids — no document-wide selector scans. */
  matchDom?(doc: Document): boolean;
  /** What the page URL shows. */
  page(url: URL): PageInfo;
  /** Which record a link opens, if it opens one. `page` is the current page URL. */
  recordLink(href: URL, page: URL): RecordRef | undefined;
  /** The record URL for a record known only by id (API payloads). */
  recordUrl?(origin: string, kind: RecordKind, id: string, objectType?: string): string | undefined;
  /** False when the CRM's row data attributes hold render ids rather than record ids (Odoo's "datapoint_12"). */
  rowDataIds?: boolean;
  /** Numeric dates are day-first in this CRM's default locale. */
  dayFirst?: boolean;
}
