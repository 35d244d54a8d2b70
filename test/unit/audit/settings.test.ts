import { describe, expect, it } from 'vitest';
import { mergeThresholds, parseSettings } from '../../../src/audit/settings';
import { CHECKS } from '../../../src/checks/index';

describe('parseSettings', () => {
  it('fills in defaults', () => {
    expect(parseSettings(undefined)).toEqual({ settings: { thresholds: {}, disabledChecks: [], defaultRegion: 'US' }, problems: [] });
  });

  it('reads a valid config', () => {
    const { settings, problems } = parseSettings(
      { defaultRegion: 'ir', disabledChecks: ['duplicates'], thresholds: { 'stale-records': { staleDays: 180 } } },
      CHECKS,
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual({ defaultRegion: 'IR', disabledChecks: ['duplicates'], thresholds: { 'stale-records': { staleDays: 180 } } });
  });

  it('describes every problem instead of throwing', () => {
    const { settings, problems } = parseSettings(
      {
        defaultRegion: 'Iran',
        disabledChecks: ['nope', 3],
        thresholds: { 'stale-records': { staleDays: '180', kinds: ['contact'] }, ghost: {} },
        colour: 'blue',
      },
      CHECKS,
    );
    expect(problems).toEqual([
      'defaultRegion: expected a two-letter ISO 3166 region such as "US", "IR" or "JP"',
      'disabledChecks: unknown check "nope"',
      'disabledChecks: expected check ids (strings)',
      'thresholds.stale-records.staleDays: expected a number',
      'thresholds: unknown check "ghost"',
      'colour: unknown setting (expected thresholds, disabledChecks, defaultRegion)',
    ]);
    expect(settings.thresholds).toEqual({ 'stale-records': { kinds: ['contact'] } });
    expect(parseSettings([1, 2]).problems).toEqual(['settings: expected an object']);
  });
});

describe('mergeThresholds', () => {
  it('keeps overrides of the default type only', () => {
    const bad: string[] = [];
    const merged = mergeThresholds(
      { days: 30, on: true, words: ['a'] },
      { days: 60, on: 'yes', words: ['b', 'c'], extra: 5, worse: { x: 1 } },
      (k) => bad.push(k),
    );
    expect(merged).toEqual({ days: 60, on: true, words: ['b', 'c'], extra: 5 });
    expect(bad).toEqual(['on', 'worse']);
    expect(mergeThresholds({ days: 30 }, 'nonsense')).toEqual({ days: 30 });
  });
});
