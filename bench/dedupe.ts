// Duplicate-engine benchmark: `npm run bench:dedupe` (add `--1m` for the million-record run,
// `--quick` to skip the all-pairs baseline, `--no-build` to use dist-cli/ as it is,
// `--accuracy` for the accuracy part alone). Not a test: it prints figures for docs/dedupe.md.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDuplicates } from '../src/dedupe';
import { ensureCli, runFebrlCli } from './dedupe/febrl-cli';
import { duplicateGroups, impliedPairs, pairKey, pct, score, truthPairs } from './dedupe/metrics';
import { generateMultilingual } from './dedupe/multilingual';

const here = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const line = (s = '') => console.log(s);

function accuracy(label: string, records: Parameters<typeof findDuplicates>[0], entityOf: Map<string, string>, region: string) {
  const t0 = performance.now();
  const r = findDuplicates(records, { defaultRegion: region });
  const ms = performance.now() - t0;
  const truth = truthPairs(entityOf);
  const dup = score(impliedPairs(duplicateGroups(r.groups)), truth);
  const any = score(impliedPairs(r.groups), truth);
  line(
    `${label.padEnd(18)} records ${String(records.length).padStart(5)}  true pairs ${String(dup.truePairs).padStart(5)}  ` +
      `duplicate groups: P ${pct(dup.precision)} R ${pct(dup.recall)} F1 ${pct(dup.f1)}  |  incl. possible: P ${pct(any.precision)} R ${pct(any.recall)} F1 ${pct(any.f1)}  (${Math.round(ms)} ms, ${r.metrics.comparisons} comparisons)`,
  );
  return { r, dup };
}

line('== Accuracy: Febrl through the built CLI (crm-audit audit … --map …; snapshot `duplicates` scored; soc_sec_id not used)');
const febrlDir = resolve(here, '../../shared/data/febrl');
if (!existsSync(febrlDir)) line(`skipped: ${febrlDir} not found`);
else {
  const bin = ensureCli(resolve(here, '..'), !args.has('--no-build'));
  for (const file of ['dataset1.csv', 'dataset2.csv']) {
    const run = runFebrlCli(bin, join(febrlDir, file));
    if (!run) {
      line(`skipped: ${file} not found`);
      continue;
    }
    const groups = run.snapshot.duplicates;
    const truth = truthPairs(run.entityOf);
    const dup = score(impliedPairs(groups.filter((g) => g.level === 'duplicate')), truth);
    const any = score(impliedPairs(groups), truth);
    line(
      `${file.padEnd(18)} records ${String(run.entityOf.size).padStart(5)}  true pairs ${String(dup.truePairs).padStart(5)}  ` +
        `duplicate groups: P ${pct(dup.precision)} R ${pct(dup.recall)} F1 ${pct(dup.f1)}  |  incl. possible: P ${pct(any.precision)} R ${pct(any.recall)} F1 ${pct(any.f1)}  (CLI run ${Math.round(run.ms)} ms)`,
    );
  }
}

line();
line('== Accuracy: multilingual set (Persian, Japanese, Latin with diacritics; generated, seed 7)');
{
  const m = generateMultilingual();
  const { r } = accuracy('multilingual', m.records, m.entityOf, 'US');
  const inDup = impliedPairs(duplicateGroups(r.groups));
  const inAny = impliedPairs(r.groups);
  const merged = m.hardNegatives.filter(([a, b]) => inDup.has(pairKey(a, b))).length;
  const flagged = m.hardNegatives.filter(([a, b]) => inAny.has(pairKey(a, b))).length;
  line(
    `hard negatives (namesakes, family members): ${m.hardNegatives.length} pairs, merged into a duplicate group ${merged} (${pct(merged / m.hardNegatives.length)}), in any group incl. possible ${flagged} (${pct(flagged / m.hardNegatives.length)})`,
  );
}

function worker(n: number, extra: string[], heapMB = 4096): Record<string, any> {
  const out = execFileSync(
    process.execPath,
    [`--max-old-space-size=${heapMB}`, '--expose-gc', '--import', 'tsx', join(here, 'dedupe/speed-worker.ts'), String(n), ...extra],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  return JSON.parse(out.trim().split('\n').pop()!);
}

if (args.has('--accuracy')) process.exit(0);

line();
line('== Speed: synthetic contacts (Zipf names, 8% Persian, 6% Japanese, ~9% injected duplicates), one process per size');
const sizes = [10_000, 100_000, ...(args.has('--1m') ? [1_000_000] : [])];
for (const n of sizes) {
  const allPairs = n === 10_000 && !args.has('--quick');
  const s = worker(n, allPairs ? ['--all-pairs'] : []);
  line(
    `${String(n).padStart(9)} records: ${String(s.ms).padStart(6)} ms (CPU ${s.cpuMs} ms)  ${String(s.recordsPerSec).padStart(7)} records/s  candidate pairs ${s.candidatePairs}  comparisons ${s.comparisons}  ` +
      `capped blocks ${s.cappedBlocks} (${s.cappedPairs} pairs not compared in them)  peak RSS ${s.batchPeakRssMB} MB (input alone ${s.inputRssMB} MB)  F1 ${pct(s.f1)}`,
  );
  line(`           phases (ms): ${JSON.stringify(s.phasesMs)}`);
  if (s.allPairs) {
    const a = s.allPairs;
    line(
      `           all-pairs baseline: ${a.comparisons} comparisons in ${a.ms} ms → ${Math.round(a.comparisonRatio)}× fewer comparisons with blocking; ` +
        `recall against all-pairs ${pct(a.recallVsAllPairs)} (${a.duplicatePairs} duplicate pairs)`,
    );
  }
}
if (!args.has('--1m')) line('  (1M run: npm run bench:dedupe -- --1m)');

line();
line('== Incremental index: 100k contacts indexed, overlay-style queries');
{
  const s = worker(100_000, ['--index', '--no-batch']);
  const x = s.index;
  line(
    `built in ${x.buildMs} ms (${x.size} records); ${x.queries} queries: p50 ${x.p50} ms, p99 ${x.p99} ms, max ${x.max} ms, ${x.hits} with a match; ` +
      `snapshot ${x.snapshotMB} MB, serialise ${x.serialiseMs} ms, restore ${x.restoreMs} ms; peak RSS ${s.peakRssMB} MB`,
  );
}
