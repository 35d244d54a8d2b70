// `npm start`: build the extension, start the sample CRM, open Chromium with the extension on it.
// `npm start -- --headless` (or `npm run demo`): the same without a display — enable the CRM,
// browse its lists, run the audit, save a popup screenshot and the findings snapshot, print the score.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startSampleCrm } from '../sample-crm/server';
import { DIST, launchLens, ROOT, type Lens } from './lens-browser';
import { exportSnapshotFromWorker } from './demo-export';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    port: { type: 'string', default: '4870' },
    out: { type: 'string', default: join(ROOT, '.demo') },
    'no-build': { type: 'boolean', default: false },
  },
});

const LISTS = ['contacts', 'companies', 'deals', 'tasks', 'activities', 'users'];

async function demo(lens: Lens, crmUrl: string, out: string): Promise<void> {
  const tab = await lens.context.newPage();
  await tab.goto(`${crmUrl}/contacts`);
  const popup = await lens.openPopup(tab);
  console.log('enabling the sample CRM (the demo build already holds the permission)…');
  await popup.click('button[data-action="enable"]');
  await popup.waitForSelector('.pill.ok');
  for (const list of LISTS) {
    await tab.goto(`${crmUrl}/${list}`);
    await tab.waitForSelector('table tbody tr', { timeout: 15_000 });
    console.log(`browsed ${list}: ${await tab.locator('table tbody tr').count()} rows`);
  }
  await tab.goto(`${crmUrl}/contacts`);
  await tab.waitForSelector('table tbody tr');
  await popup.reload();
  await popup.click('button[data-action="audit"]');
  await popup.waitForSelector('[data-testid="score"]', { timeout: 60_000 });
  mkdirSync(out, { recursive: true });
  const shot = join(out, 'popup.png');
  await popup.screenshot({ path: shot, fullPage: true });
  const snapshot = await exportSnapshotFromWorker(lens, crmUrl);
  const snapshotPath = join(out, 'findings.json');
  writeFileSync(snapshotPath, JSON.stringify(snapshot, null, 2));
  console.log(`\nscore ${snapshot.score ?? 'n/a'} (${snapshot.grade ?? 'no grade'}) — ${snapshot.findings.length} findings over ${Object.values(snapshot.source.counts).reduce((a, b) => a + (b ?? 0), 0)} records`);
  for (const c of snapshot.checks.filter((c) => c.status === 'ok' && c.affected > 0).slice(0, 12)) console.log(`  ${c.explanation.text}`);
  console.log(`\npopup screenshot: ${shot}\nfindings snapshot: ${snapshotPath}`);
}

async function main(): Promise<void> {
  if (!values['no-build']) {
    console.log('building the extension (dist-e2e: the production build plus the sample CRM host permission)…');
    execFileSync('npm', ['run', '--silent', 'build:e2e'], { stdio: ['ignore', 'ignore', 'inherit'], cwd: ROOT });
  }
  const crm = await startSampleCrm({ port: Number(values.port) });
  console.log(`sample CRM: ${crm.url}`);
  const headless = values.headless || !process.env.DISPLAY;
  if (!values.headless && headless) console.log('no display found ($DISPLAY is empty): running the headless demo instead');
  const lens = await launchLens({ dist: DIST, headless });
  const stop = async () => {
    await lens.close().catch(() => undefined);
    await crm.close().catch(() => undefined);
  };
  if (headless) {
    try {
      await demo(lens, crm.url, values.out!);
    } finally {
      await stop();
    }
    return;
  }
  const page = await lens.context.newPage();
  await page.goto(`${crm.url}/contacts`);
  console.log('Chromium is open with CRM Audit Lens loaded: click its toolbar icon on the sample CRM. Ctrl-C to stop.');
  process.on('SIGINT', () => void stop().then(() => process.exit(0)));
  lens.context.on('close', () => void crm.close().then(() => process.exit(0)));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
