// `npm run bench`: every benchmark, each in its own process so one's memory and JIT state
// don't colour the next. Figures are printed, never asserted in tests. `npm run bench:dedupe`
// runs the duplicate engine's accuracy and speed benchmarks (they take minutes).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BENCHES = ['engine', 'readers', 'overlay', 'export', 'import', 'popup'];
const only = process.argv.slice(2);

let failed = 0;
for (const name of BENCHES.filter((b) => only.length === 0 || only.includes(b))) {
  console.log(`\n== ${name} ==`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `bench/${name}.ts`], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`(${name} exited with ${r.status}: over budget or failed)`);
  }
}
process.exitCode = failed ? 1 : 0;
