// The readers' public surface. Everything here is pure (no extension APIs): functions take the
// Document or payload to read, never reach for globals, and never throw into the page.
export { readPage, readPageSliced, type ReadOptions, type ReadResult, type SlicedReadOptions } from './dom/read-page';
export { watchPage, OWN_MARK, type WatchOptions } from './dom/watch';
export type { ReadRecord } from './dom/context';
export { readApiPayload, type ApiReadResult } from './api';
export { installApiTap, isTapMessage, TAP_SOURCE, type TapMessage, type TapOptions, type TapHandle } from './api/tap';
export { detectSite, PROFILES } from './sites';
export type { SiteProfile } from './sites';
