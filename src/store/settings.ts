import { DEFAULT_SETTINGS, type AuditSettings } from '../model/audit';
import { db, type OriginSettings } from './db';

const originKey = (origin: string) => `origin:${origin}`;

export async function getOriginSettings(origin: string): Promise<OriginSettings> {
  return (await (await db()).get('settings', originKey(origin))) ?? { key: originKey(origin) };
}

export async function setOriginEnabled(origin: string, enabled: boolean, at = new Date()): Promise<void> {
  const d = await db();
  const tx = d.transaction('settings', 'readwrite');
  const current = (await tx.store.get(originKey(origin))) ?? { key: originKey(origin) };
  await tx.store.put({ ...current, enabled, enabledAt: enabled ? at.toISOString() : undefined });
  await tx.done;
}

export async function enabledOrigins(): Promise<string[]> {
  const all = await (await db()).getAll('settings');
  return all.filter((s) => s.enabled && s.key.startsWith('origin:')).map((s) => s.key.slice('origin:'.length));
}

/** Audit settings: the global ones, overridden per CRM origin where the user set any. */
export async function getAuditSettings(origin?: string): Promise<AuditSettings> {
  const d = await db();
  const global = (await d.get('settings', 'global'))?.settings;
  const own = origin ? (await d.get('settings', originKey(origin)))?.settings : undefined;
  return { ...DEFAULT_SETTINGS, ...global, ...own };
}

export async function setAuditSettings(settings: AuditSettings, origin?: string): Promise<void> {
  const d = await db();
  const key = origin ? originKey(origin) : 'global';
  const tx = d.transaction('settings', 'readwrite');
  const current = (await tx.store.get(key)) ?? { key };
  await tx.store.put({ ...current, settings });
  await tx.done;
}
