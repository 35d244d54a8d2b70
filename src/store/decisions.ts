import type { RecordKind } from '../model/record';
import { db, toStorageError, type DecisionValue, type StoredDecision } from './db';

export function decisionKey(origin: string, check: string, records: readonly { kind: RecordKind; id: string }[]): string {
  const ids = records.map((r) => `${r.kind}:${r.id}`).sort();
  return `${origin}|${check}|${ids.join(',')}`;
}

export async function setDecision(origin: string, check: string, records: { kind: RecordKind; id: string }[], decision: DecisionValue, at = new Date()): Promise<StoredDecision> {
  const value: StoredDecision = { key: decisionKey(origin, check, records), origin, check, records, decision, at: at.toISOString() };
  try {
    await (await db()).put('decisions', value);
  } catch (e) {
    throw toStorageError(e);
  }
  return value;
}

export async function decisionsForOrigin(origin: string): Promise<StoredDecision[]> {
  return (await db()).getAllFromIndex('decisions', 'origin', IDBKeyRange.only(origin));
}
