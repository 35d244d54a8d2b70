// Audit settings from untrusted places (stored runs, the options page, `--config FILE`):
// normalised into a complete AuditSettings, with every problem described rather than thrown.
import { DEFAULT_SETTINGS, type AuditSettings, type ThresholdValue, type Thresholds } from '../model/audit';
import type { CheckDefinition } from '../checks/types';

export interface ParsedSettings {
  settings: AuditSettings;
  /** Human-readable problems ("thresholds.stale-records.staleDays: expected a number"). */
  problems: string[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isThresholdValue(v: unknown): v is ThresholdValue {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string' || typeof v === 'boolean') return true;
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function typeName(v: ThresholdValue): string {
  return Array.isArray(v) ? 'a list of strings' : `a ${typeof v}`;
}

/** Is `value` usable where the check's default is `def`? (Same type; unknown keys take any threshold value.) */
export function thresholdMatches(def: ThresholdValue | undefined, value: unknown): value is ThresholdValue {
  if (!isThresholdValue(value)) return false;
  if (def === undefined) return true;
  if (Array.isArray(def)) return Array.isArray(value);
  return typeof def === typeof value;
}

/** Defaults with the user's overrides on top; overrides of the wrong type are dropped and reported. */
export function mergeThresholds(defaults: Thresholds, overrides: unknown, onProblem?: (key: string, expected: string) => void): Thresholds {
  const out: Thresholds = { ...defaults };
  if (!isObject(overrides)) return out;
  for (const [key, value] of Object.entries(overrides)) {
    const def = defaults[key];
    if (thresholdMatches(def, value)) out[key] = value;
    else onProblem?.(key, def === undefined ? 'a number, string, boolean or list of strings' : typeName(def));
  }
  return out;
}

/**
 * Reads settings from JSON-ish input. Missing parts take the defaults. With `checks`, unknown
 * check ids and thresholds of the wrong type are reported too.
 */
export function parseSettings(input: unknown, checks?: readonly CheckDefinition[]): ParsedSettings {
  const problems: string[] = [];
  const settings: AuditSettings = { thresholds: {}, disabledChecks: [], defaultRegion: DEFAULT_SETTINGS.defaultRegion };
  if (input === undefined || input === null) return { settings, problems };
  if (!isObject(input)) return { settings, problems: ['settings: expected an object'] };
  const byId = new Map(checks?.map((c) => [c.id, c]));
  const known = (id: string) => !checks || byId.has(id);

  if (input.defaultRegion !== undefined) {
    if (typeof input.defaultRegion === 'string' && /^[A-Za-z]{2}$/.test(input.defaultRegion.trim()))
      settings.defaultRegion = input.defaultRegion.trim().toUpperCase();
    else problems.push('defaultRegion: expected a two-letter ISO 3166 region such as "US", "IR" or "JP"');
  }
  if (input.disabledChecks !== undefined) {
    if (Array.isArray(input.disabledChecks)) {
      for (const id of input.disabledChecks) {
        if (typeof id !== 'string') problems.push('disabledChecks: expected check ids (strings)');
        else if (!known(id)) problems.push(`disabledChecks: unknown check "${id}"`);
        else if (!settings.disabledChecks.includes(id)) settings.disabledChecks.push(id);
      }
    } else problems.push('disabledChecks: expected a list of check ids');
  }
  if (input.thresholds !== undefined) {
    if (isObject(input.thresholds)) {
      for (const [id, overrides] of Object.entries(input.thresholds)) {
        if (!known(id)) {
          problems.push(`thresholds: unknown check "${id}"`);
          continue;
        }
        if (!isObject(overrides)) {
          problems.push(`thresholds.${id}: expected an object of threshold values`);
          continue;
        }
        const defaults = byId.get(id)?.defaults ?? {};
        const kept: Thresholds = {};
        for (const [key, value] of Object.entries(overrides)) {
          const def = defaults[key];
          if (checks && def === undefined && !isThresholdValue(value))
            problems.push(`thresholds.${id}.${key}: expected a number, string, boolean or list of strings`);
          else if (!thresholdMatches(def, value))
            problems.push(
              `thresholds.${id}.${key}: expected ${def === undefined ? 'a number, string, boolean or list of strings' : typeName(def)}`,
            );
          else kept[key] = value;
        }
        settings.thresholds[id] = kept;
      }
    } else problems.push('thresholds: expected an object keyed by check id');
  }
  for (const key of Object.keys(input)) {
    if (!['defaultRegion', 'disabledChecks', 'thresholds'].includes(key))
      problems.push(`${key}: unknown setting (expected thresholds, disabledChecks, defaultRegion)`);
  }
  return { settings, problems };
}
