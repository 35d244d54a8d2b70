// Weak segmentation: records with no segment at all (no tag, list, lifecycle stage…), and
// records segmented by one dimension only. A dimension counts once its column has been seen
// on some record of the kind; when fewer than `minDimensions` dimensions were seen at all we
// can't tell a one-dimension CRM from a list view that shows one column, so only records
// with no segment are counted and an info finding says what was not checked.
import type { Finding } from '../model/finding';
import { isRecordKind, type CrmRecord, type RecordKind } from '../model/record';
import type { CheckDefinition } from './types';
import { fieldsInUse, finding, msg, noData } from './util';

export type WeakSegmentationThresholds = {
  kinds: string[];
  /** Canonical fields that segment records. */
  dimensions: string[];
  /** Fewer filled dimensions than this on a record: weakly segmented. */
  minDimensions: number;
};

const ID = 'weak-segmentation';
const DEFAULT_DIMENSIONS = ['tags', 'lists', 'lifecycle', 'leadSource', 'industry'];

function hasValue(v: unknown): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.some((x) => typeof x === 'string' && x.trim() !== '');
  return false;
}

const check: CheckDefinition<WeakSegmentationThresholds> = {
  id: ID,
  category: 'data-quality',
  kinds: ['contact', 'lead', 'company'],
  weight: 1,
  title: 'Weak segmentation',
  defaults: { kinds: ['contact', 'lead', 'company'], dimensions: DEFAULT_DIMENSIONS, minDimensions: 2 },
  run(snapshot, config) {
    const kinds = (Array.isArray(config.kinds) ? config.kinds : []).filter(isRecordKind);
    const dims = [
      ...new Set(
        (Array.isArray(config.dimensions) ? config.dimensions : DEFAULT_DIMENSIONS).filter((d): d is string => typeof d === 'string'),
      ),
    ];
    const minDims = typeof config.minDimensions === 'number' && config.minDimensions >= 1 ? Math.floor(config.minDimensions) : 2;
    const findings: Finding[] = [];
    let eligible = 0;
    let affected = 0;
    let unsegmentedTotal = 0;
    let singleTotal = 0;
    for (const kind of new Set<RecordKind>(kinds)) {
      const records = snapshot.of(kind);
      if (records.length === 0) continue;
      const present = fieldsInUse(records, kind, new Set(dims));
      const seen = dims.filter((d) => present.has(d));
      if (seen.length === 0) continue;
      const judgeDepth = seen.length >= minDims;
      const none: CrmRecord[] = [];
      const shallow: CrmRecord[] = [];
      // per dimension (by position in `seen`): filled on some record
      const inUse = seen.map(() => false);
      for (const r of records) {
        const f = r.fields as Record<string, unknown>;
        let n = 0;
        for (let k = 0; k < seen.length; k++) {
          if (hasValue(f[seen[k]!])) {
            n++;
            inUse[k] = true;
          }
        }
        if (n === 0) none.push(r);
        else if (judgeDepth && n < minDims) shallow.push(r);
      }
      eligible += records.length;
      affected += none.length + shallow.length;
      unsegmentedTotal += none.length;
      singleTotal += shallow.length;
      const dimList = seen.join(', ');
      if (none.length) {
        const n = none.length;
        findings.push(
          finding(
            ID,
            'medium',
            none,
            msg('weak_segmentation_none', `${n} ${kind} records have no segment (${dimList})`, { count: n, kind, dimensions: dimList }),
            { kind, dimensions: seen },
          ),
        );
      }
      if (shallow.length) {
        const n = shallow.length;
        findings.push(
          finding(
            ID,
            'low',
            shallow,
            msg('weak_segmentation_single', `${n} ${kind} records are segmented by fewer than ${minDims} dimensions`, {
              count: n,
              kind,
              min: minDims,
            }),
            { kind, dimensions: seen, minDimensions: minDims },
          ),
        );
      }
      const used = seen.filter((_, k) => inUse[k]);
      if (judgeDepth && used.length < minDims && used.length > 0) {
        const usedList = used.join(', ');
        findings.push(
          finding(
            ID,
            'medium',
            [],
            msg('weak_segmentation_one_dimension', `${kind} records are segmented by ${usedList} only, across the whole CRM`, {
              kind,
              dimensions: usedList,
              count: used.length,
            }),
            {
              kind,
              inUse: used,
              seen,
            },
          ),
        );
      } else if (!judgeDepth) {
        findings.push(
          finding(
            ID,
            'info',
            [],
            msg('weak_segmentation_not_checked', `Only ${dimList} seen on ${kind} records: segmentation depth not checked`, {
              kind,
              dimensions: dimList,
            }),
            { kind, seen },
          ),
        );
      }
    }
    if (eligible === 0)
      return noData('weak_segmentation_no_data', 'Not enough data: no tag, list, lifecycle or other segment columns seen');
    return { status: 'ok', findings, metrics: { eligible, affected, unsegmented: unsegmentedTotal, singleDimension: singleTotal } };
  },
};

export default check;
