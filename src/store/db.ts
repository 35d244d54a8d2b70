// All durable state lives here. The MV3 worker can be killed at any moment, so nothing that
// matters is kept in memory: every handler opens (a cached connection to) this database.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { AuditSettings } from '../model/audit';
import type { Finding } from '../model/finding';
import type { CrmRecord, RecordKind } from '../model/record';
import type { AuditRunSummary } from './runs';
import type { IndexSnapshot } from '../dedupe/duplicate-index';

export const DB_NAME = 'crm-audit-lens';

export interface StoredRecord extends CrmRecord {
  /** origin|kind|id — see recordKey(). */
  key: string;
  origin: string;
  /** When the record was first read (v2). */
  firstSeenAt?: string;
}

export interface StoredFinding extends Finding {
  runId: string;
  seq: number;
}

export type DecisionValue = 'duplicate' | 'not-duplicate' | 'ignore' | 'review';
export interface StoredDecision {
  /** origin|check|kind:id[,kind:id…] with ids sorted, so the same pair is one decision whatever the order. */
  key: string;
  origin: string;
  check: string;
  records: { kind: RecordKind; id: string }[];
  decision: DecisionValue;
  at: string;
}

export interface OriginSettings {
  key: string; // `origin:${origin}` or 'global'
  enabled?: boolean;
  enabledAt?: string;
  settings?: AuditSettings;
  /** Global only: self-assessment answers by item id ('yes' | 'partial' | 'no' | 'unknown'). */
  selfAssessment?: Record<string, string>;
  /** Global only: ROI inputs as the user typed them (any digit script). */
  roi?: { gain: string; cost: string };
  /** Global only: audit reminder schedule; absent = the default, year-end. */
  reminder?: 'year-end' | 'quarterly' | 'monthly' | 'off';
}

/**
 * How many times an origin's records were written (v3): bumped in the same transaction as the
 * write, so a saved index snapshot can tell whether records changed after it was taken.
 */
export interface WriteStamp {
  origin: string;
  generation: number;
}

/** The live duplicate index of one origin as last saved (v3), valid while its stamp matches. */
export interface StoredIndexSnapshot {
  origin: string;
  /** The origin's WriteStamp generation and record count when the index was taken. */
  generation: number;
  count: number;
  /** Every record key the index has seen (all kinds; the index holds only deduplicated kinds). */
  keys: string[];
  /** The origin's default-region setting the records were normalised with ('' when unset). */
  region: string;
  snapshot: IndexSnapshot;
  savedAt: string;
}

/** What the readers skipped (v3), per page URL: a page read again replaces its own counts. */
export interface ReadSkips {
  origin: string;
  byUrl: Record<string, Record<string, number>>;
}

export interface LensDB extends DBSchema {
  records: { key: string; value: StoredRecord; indexes: { origin: string; 'origin-kind': [string, string] } };
  runs: { key: string; value: AuditRunSummary; indexes: { origin: string; 'origin-time': [string, string] } };
  findings: { key: [string, number]; value: StoredFinding; indexes: { runId: string } };
  decisions: { key: string; value: StoredDecision; indexes: { origin: string } };
  settings: { key: string; value: OriginSettings };
  stamps: { key: string; value: WriteStamp };
  indexSnapshots: { key: string; value: StoredIndexSnapshot };
  readSkips: { key: string; value: ReadSkips };
}

type UpgradeTx = IDBPTransaction<LensDB, StoreNames<LensDB>[], 'versionchange'>;
export interface Migration {
  version: number;
  /** Runs inside the upgrade transaction: schema changes and data backfills are atomic together. */
  migrate(db: IDBPDatabase<LensDB>, tx: UpgradeTx): Promise<void> | void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    migrate(db) {
      const records = db.createObjectStore('records', { keyPath: 'key' });
      records.createIndex('origin', 'origin');
      const runs = db.createObjectStore('runs', { keyPath: 'id' });
      runs.createIndex('origin', 'origin');
      runs.createIndex('origin-time', ['origin', 'startedAt']);
      const findings = db.createObjectStore('findings', { keyPath: ['runId', 'seq'] });
      findings.createIndex('runId', 'runId');
      const decisions = db.createObjectStore('decisions', { keyPath: 'key' });
      decisions.createIndex('origin', 'origin');
      db.createObjectStore('settings', { keyPath: 'key' });
    },
  },
  {
    // v2: per-kind counts and the overlay's lookups need an (origin, kind) index, and the
    // history needs to know when a record first appeared: backfilled from seenAt.
    version: 2,
    async migrate(_db, tx) {
      const records = tx.objectStore('records');
      records.createIndex('origin-kind', ['origin', 'kind']);
      let cursor = await records.openCursor();
      while (cursor) {
        if (!cursor.value.firstSeenAt) await cursor.update({ ...cursor.value, firstSeenAt: cursor.value.seenAt });
        cursor = await cursor.continue();
      }
    },
  },
  {
    // v3: the worker's live duplicate index is saved, so a restarted worker restores it instead
    // of reading and re-normalising every record. No backfill: a missing snapshot is rebuilt.
    version: 3,
    migrate(db) {
      db.createObjectStore('stamps', { keyPath: 'origin' });
      db.createObjectStore('indexSnapshots', { keyPath: 'origin' });
      // and what the readers skipped, for the audit's "skipped" counts
      db.createObjectStore('readSkips', { keyPath: 'origin' });
    },
  },
];

export const DB_VERSION = MIGRATIONS.length;

export class StorageError extends Error {
  constructor(
    message: string,
    readonly reason: 'quota' | 'blocked' | 'other',
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Turns IndexedDB failures into messages a user can act on. */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = (e as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError')
    return new StorageError('Browser storage is full: clear old audits or data for another CRM in Options, then try again.', 'quota');
  const text = e instanceof Error ? e.message : String(e);
  return new StorageError(`Storage error: ${text}`, 'other');
}

export async function openLensDb(name = DB_NAME, migrations: Migration[] = MIGRATIONS): Promise<IDBPDatabase<LensDB>> {
  const version = migrations.length;
  return new Promise((resolve, reject) => {
    let gaveUp = false;
    openDB<LensDB>(name, version, {
      async upgrade(db, oldVersion, _newVersion, tx) {
        for (const m of migrations) if (m.version > oldVersion) await m.migrate(db, tx);
      },
      // Another extension page holds an older connection open: tell the user instead of hanging.
      blocked() {
        gaveUp = true;
        reject(new StorageError('The audit database is being upgraded: close other CRM Audit Lens tabs and reopen this one.', 'blocked'));
      },
      blocking(_current, _next, event) {
        (event.target as IDBDatabase).close();
      },
    }).then(
      // The upgrade may still complete after we told the caller it was blocked: don't leak that connection.
      (d) => (gaveUp ? d.close() : resolve(d)),
      (e: unknown) => reject(toStorageError(e)),
    );
  });
}

let cached: Promise<IDBPDatabase<LensDB>> | undefined;
/** A cached connection: a cache only — if the worker dies, the next call opens it again. */
export function db(): Promise<IDBPDatabase<LensDB>> {
  cached ??= openLensDb().catch((e: unknown) => {
    cached = undefined;
    throw e;
  });
  return cached;
}

/** For tests: forget the cached connection. */
export function resetDbCache(): void {
  void cached?.then((d) => d.close());
  cached = undefined;
}
