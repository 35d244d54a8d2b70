// One speed measurement in its own process, so peak RSS belongs to that size alone.
// Usage: node --import tsx bench/dedupe/speed-worker.ts <records> [--all-pairs] [--index]
// Prints one JSON line.
import { DuplicateIndex, findDuplicates } from '../../src/dedupe';
import { scorePair } from '../../src/dedupe/compare';
import { DEFAULT_THRESHOLDS } from '../../src/dedupe/types';
import { Preparer } from '../../src/dedupe/prepare';
import { FeatureTable } from '../../src/dedupe/table';
import { duplicateGroups, impliedPairs, pairKey, score, truthPairs } from './metrics';
import { generateContacts } from './synthetic';

const n = Number(process.argv[2] ?? 10_000);
const flags = new Set(process.argv.slice(3));
const mb = (bytes: number) => Math.round(bytes / 1e6);

const data = generateContacts(n);
// A CLI run holds records parsed from an export file (JSON.parse, papaparse): flat strings. The
// generator's template strings are V8 "cons strings" (two halves linked), which the engine
// would flatten value by value, a cost no real input has. Round-trip through JSON text, in
// chunks so the text never inflates the peak.
for (let k = 0; k < data.records.length; k += 10_000) {
  const flat = JSON.parse(JSON.stringify(data.records.slice(k, k + 10_000))) as typeof data.records;
  for (let x = 0; x < flat.length; x++) data.records[k + x] = flat[x]!;
}
// The generator's scratch objects are garbage now: collect them (run with --expose-gc) so the
// engine's peak is measured on top of the input records alone, as a CLI run would hold them.
(globalThis as { gc?: () => void }).gc?.();
const inputRss = process.memoryUsage().rss;
const phaseMB: Record<string, number[]> = {};
const phaseCpuMs: Record<string, number> = {};
const cpu0 = process.cpuUsage();
let lastCpu = cpu0;
const t0 = performance.now();
const onPhase = (phase: string) => {
  const u = process.memoryUsage();
  phaseMB[phase] = [mb(u.rss), mb(u.heapUsed), mb(u.arrayBuffers)];
  const c = process.cpuUsage(lastCpu);
  phaseCpuMs[phase] = Math.round((c.user + c.system) / 1000);
  lastCpu = process.cpuUsage();
};
// --no-batch: measure only the index (its own process, so batch memory doesn't count)
const result = flags.has('--no-batch') ? findDuplicates([]) : findDuplicates(data.records, { onPhase });
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const peakRss = process.resourceUsage().maxRSS * 1024;
const truth = truthPairs(new Map([...data.entityOf].map(([k, v]) => [k, String(v)])));
const found = impliedPairs(duplicateGroups(result.groups));
const accuracy = score(found, truth);
const out: Record<string, unknown> = flags.has('--no-batch')
  ? { records: n, inputRssMB: mb(inputRss) }
  : {
      records: n,
      ms: Math.round(ms),
      // CPU time of the run (user + system, all threads incl. GC helpers): steadier than wall time on a busy machine
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      recordsPerSec: Math.round(n / (ms / 1000)),
      candidatePairs: result.metrics.candidatePairs,
      comparisons: result.metrics.comparisons,
      cappedBlocks: result.metrics.cappedBlocks,
      cappedPairs: result.metrics.cappedPairs,
      inputRssMB: mb(inputRss),
      batchPeakRssMB: mb(peakRss),
      phasesMs: Object.fromEntries(
        Object.entries(result.metrics)
          .filter(([k]) => k.startsWith('ms.'))
          .map(([k, v]) => [k.slice(3), Math.round(v)]),
      ),
      // [rss, heapUsed, arrayBuffers] MB as each phase ends
      phaseMB,
      // CPU ms per phase (prepare includes nothing else; compare includes term frequencies and blocking)
      phaseCpuMs,
      precision: accuracy.precision,
      recall: accuracy.recall,
      f1: accuracy.f1,
    };

if (flags.has('--all-pairs')) {
  // The same comparator over every pair: the baseline blocking is measured against.
  const T = new FeatureTable('person', n);
  const prep = new Preparer(T, 'US');
  for (const r of data.records) prep.write(r, false);
  for (let r = 0; r < T.rows; r++) T.count(r, 1);
  const ctx = { table: T, thresholds: DEFAULT_THRESHOLDS, inData: 2 };
  const a0 = performance.now();
  const allDup = new Set<string>();
  let comparisons = 0;
  for (let i = 0; i < T.rows; i++) {
    for (let j = i + 1; j < T.rows; j++) {
      comparisons++;
      if (scorePair(ctx, i, j).score >= DEFAULT_THRESHOLDS.duplicate) allDup.add(pairKey(T.ids[i]!, T.ids[j]!));
    }
  }
  const blockedDup = new Set(result.pairs.filter((p) => p.level === 'duplicate').map((p) => pairKey(p.a, p.b)));
  let kept = 0;
  for (const p of allDup) if (blockedDup.has(p)) kept++;
  out.allPairs = {
    ms: Math.round(performance.now() - a0),
    comparisons,
    duplicatePairs: allDup.size,
    comparisonRatio: comparisons / result.metrics.comparisons,
    recallVsAllPairs: allDup.size ? kept / allDup.size : 1,
  };
}

if (flags.has('--index')) {
  const index = new DuplicateIndex();
  const b0 = performance.now();
  index.addAll(data.records);
  const buildMs = performance.now() - b0;
  // Queries as the overlay makes them: records of the CRM (some indexed, some duplicates) and new ones.
  const probes = [...data.records.filter((_, k) => k % Math.ceil(n / 700) === 0), ...generateContacts(300, 99).records];
  const times: number[] = [];
  let hits = 0;
  for (const r of probes) {
    const q0 = performance.now();
    hits += index.query(r).length ? 1 : 0;
    times.push(performance.now() - q0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => Number(times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(3));
  const s0 = performance.now();
  const json = JSON.stringify(index.serialise());
  const serialiseMs = performance.now() - s0;
  const r0 = performance.now();
  const restored = DuplicateIndex.restore(JSON.parse(json));
  const restoreMs = performance.now() - r0;
  out.index = {
    size: index.size,
    buildMs: Math.round(buildMs),
    queries: probes.length,
    hits,
    p50: q(0.5),
    p99: q(0.99),
    max: q(1),
    snapshotMB: mb(json.length),
    serialiseMs: Math.round(serialiseMs),
    restoreMs: Math.round(restoreMs),
    restoredSize: restored.size,
  };
}

out.peakRssMB = mb(process.resourceUsage().maxRSS * 1024);
console.log(JSON.stringify(out));
