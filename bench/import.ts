// Import benchmark: the options page's streaming import core (Blob.stream() → decoder →
// papaparse chunks → records, src/import) and the full audit, in Node, on generated exports.
//   1. a 100,000-row contacts CSV: import + runAudit, target < 10 s; rows/s and peak memory;
//   2. a 50 MB CSV (in a child process, for its own peak): peak memory while streaming,
//      against what the records themselves hold once read.
// Run: node --import tsx bench/import.ts   (exits 1 when the 100k run is over budget)
import { spawnSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runAudit } from '../src/audit/run-audit';
import { importFiles, type SourceFile } from '../src/import/workspace';
import { importFile } from '../src/readers/import/index';

const BUDGET_MS = 10_000;
const NOW = new Date('2026-06-30T12:00:00Z');

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// names built from syllables of three scripts: ~40k distinct people, as in a real CRM
const SYLLABLES = [
  ['ka', 'lo', 'mi', 'ra', 'ne', 'to', 'sa', 'vi', 'de', 'mo', 'ri', 'ta', 'la', 'no', 'pe', 'su'],
  ['را', 'می', 'نا', 'سا', 'دی', 'زا', 'فر', 'بی', 'که', 'لا', 'مه', 'تا', 'نو', 'شی', 'پو', 'گل'],
  ['た', 'か', 'や', 'ま', 'だ', 'の', 'し', 'は', 'ら', 'き', 'み', 'こ', 'ゆ', 'さ', 'な', 'え'],
];

function word(p: number, script: number, n: number): string {
  const syl = SYLLABLES[script]!;
  let out = '';
  for (let k = 0; k < n; k++, p = Math.floor(p / 16)) out += syl[p % 16]!;
  return script === 0 ? out[0]!.toUpperCase() + out.slice(1) : out;
}

const COMPANY = ['Ltd', 'GmbH', 'Inc', 'Group', 'Co', 'Partners'];
const STAGE = ['lead', 'subscriber', 'customer', 'opportunity', 'other'];
const HEADER =
  'Record ID,First Name,Last Name,Email,Phone Number,Company Name,Lifecycle Stage,Create Date,Last Activity Date,Contact owner,City,Notes';

function row(i: number, notes: number): string {
  // every 20th row repeats an earlier person with a changed id: duplicates to find
  const p = i % 20 === 19 ? i - 7 : i;
  const script = p % 3;
  const first = word(p * 31, script, 2);
  const last = word(Math.floor(p / 3) * 17 + 5, script, 3);
  const email = p % 13 === 0 ? `user${p}@example` : p % 11 === 0 ? '' : `user${p}@example.com`;
  const phone = p % 9 === 0 ? '' : `+1 415 ${String(2000000 + ((p * 7919) % 7_000_000)).replace(/^(\d{3})/, '$1 ')}`;
  const created = new Date(Date.UTC(2018, 0, 1) + (p % 2500) * 86_400_000).toISOString().slice(0, 10);
  const active = p % 5 === 0 ? '' : new Date(Date.UTC(2023, 0, 1) + (p % 1200) * 86_400_000).toISOString().slice(0, 10);
  const note = notes ? `"${'Met at the fair, asked about pricing; call back. '.repeat(notes)}"` : '';
  return `${i + 1},${first},${last},${email},${phone},${word((p % 4000) * 13, (p % 4000) % 3, 2)} ${COMPANY[p % COMPANY.length]},${STAGE[p % STAGE.length]},${created},${active},Owner ${p % 25},City ${p % 300},${note}`;
}

/** The CSV as a Blob built from 10k-row parts: the generator never holds one big string. */
function csvBlob(rows: number, notes: number): Blob {
  const parts: string[] = [HEADER + '\n'];
  for (let i = 0; i < rows; i += 10_000) {
    const lines: string[] = [];
    for (let k = i; k < Math.min(rows, i + 10_000); k++) lines.push(row(k, notes));
    parts.push(lines.join('\n') + '\n');
  }
  return new Blob(parts, { type: 'text/csv' });
}

function source(name: string, blob: Blob): SourceFile {
  return { name, size: blob.size, stream: () => blob.stream() as ReadableStream<Uint8Array> };
}

const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

async function hundredK(): Promise<boolean> {
  const blob = csvBlob(100_000, 0);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  const t0 = performance.now();
  const ws = await importFiles([source('contacts.csv', blob)], {
    seenAt: NOW.toISOString(),
    progressEvery: 0,
    onProgress: () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)),
  });
  const t1 = performance.now();
  if (ws.errors.length) throw new Error(JSON.stringify(ws.errors));
  const run = runAudit(ws.records, { origin: ws.origin, now: NOW, skipped: ws.skipped });
  const t2 = performance.now();
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const total = t2 - t1 + (t1 - t0);
  const rows = ws.records.length;
  console.log(
    `100k-row CSV (${mb(blob.size)}): ${rows.toLocaleString('en')} records, ${run.findings.length.toLocaleString('en')} findings, score ${run.score}`,
  );
  console.log(`  import ${(t1 - t0).toFixed(0)} ms (${Math.round(rows / ((t1 - t0) / 1000)).toLocaleString('en')} rows/s)`);
  console.log(`  audit  ${(t2 - t1).toFixed(0)} ms`);
  console.log(
    `  total  ${total.toFixed(0)} ms (${Math.round(rows / (total / 1000)).toLocaleString('en')} rows/s)  budget ${BUDGET_MS} ms ${total < BUDGET_MS ? 'OK' : 'OVER'}`,
  );
  console.log(
    `  peak heap ${mb(peakHeap)} (${mb(peakHeap - heapBefore)} above the start), peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
  // the CLI's whole-file reader on the same bytes: what streaming costs or saves
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const t3 = performance.now();
  const cli = importFile(bytes, 'contacts.csv', { seenAt: NOW.toISOString() });
  console.log(
    `  (the CLI's whole-file importFile: ${(performance.now() - t3).toFixed(0)} ms for ${cli.records.length.toLocaleString('en')} records)`,
  );
  return total < BUDGET_MS;
}

async function fiftyMb(): Promise<void> {
  // long notes: 50 MB in ~80k rows, so the records are a fraction of the file's text
  const blob = csvBlob(80_000, 10);
  gc();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  const t0 = performance.now();
  const ws = await importFiles([source('contacts.csv', blob)], {
    seenAt: NOW.toISOString(),
    progressEvery: 0,
    onProgress: () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)),
  });
  const ms = performance.now() - t0;
  gc();
  const kept = process.memoryUsage().heapUsed - base.heapUsed;
  console.log(
    `50 MB CSV (${mb(blob.size)}): ${ws.records.length.toLocaleString('en')} records read in ${ms.toFixed(0)} ms (${(blob.size / 1_048_576 / (ms / 1000)).toFixed(1)} MB/s)`,
  );
  console.log(`  peak heap while streaming ${mb(peakHeap - base.heapUsed)} above the start; the records kept hold ${mb(kept)}`);
  console.log(
    `  streaming overhead over the records: ${mb(peakHeap - base.heapUsed - kept)} (a whole-file read would add ~${mb(blob.size * 2)} of text alone)`,
  );
  console.log(`  peak RSS of this process ${mb(process.resourceUsage().maxRSS * 1024)} (includes the 50 MB Blob and the generator)`);
}

if (process.argv[2] === '--fifty') await fiftyMb();
else {
  const ok = await hundredK();
  const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--fifty'], { stdio: 'inherit' });
  process.exitCode = ok && child.status === 0 ? 0 : 1;
}
