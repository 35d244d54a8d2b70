// What the popup and options say when something failed. Replies carry a typed code (src/messages.ts); the
// code picks a sentence in the user's language. The worker's English text is logged for
// support, and shown only when no code says more than "internal error".
import { MessageError } from '../message-client';
import type { ErrorCode } from '../messages';
import { StorageError } from '../store/db';
import { t } from './i18n';

const KEY: Partial<Record<ErrorCode, string>> = {
  'nothing-read': 'errorNothingRead',
  'storage-full': 'errorStorageFull',
  'storage-blocked': 'errorStorageBlocked',
  unavailable: 'errorWorkerUnavailable',
};

/** `forbidden` means different things per request: the caller says which sentence fits. */
export function errorText(e: unknown, forbiddenKey = 'errorForbidden'): string {
  if (e instanceof StorageError) return t(e.reason === 'quota' ? 'errorStorageFull' : e.reason === 'blocked' ? 'errorStorageBlocked' : 'errorStorage', e.message);
  const code = e instanceof MessageError ? e.code : undefined;
  if (code === 'forbidden') return t(forbiddenKey);
  const key = code && KEY[code];
  if (key) return t(key);
  console.warn('CRM Audit Lens:', e);
  const detail = e instanceof Error ? e.message : String(e);
  return t(code === 'storage' ? 'errorStorage' : 'errorUnexpected', detail);
}
