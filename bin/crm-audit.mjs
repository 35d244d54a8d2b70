#!/usr/bin/env node
// Entry point of the `crm-audit` command. The CLI itself is bundled into dist-cli/ by
// scripts/build-cli.mjs (run automatically by `npm install`); this file only loads it.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist-cli/crm-audit.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'crm-audit: the CLI is not built yet (dist-cli/crm-audit.mjs is missing).\nRun "npm install" (or "node scripts/build-cli.mjs") in the project folder first.\n',
  );
  process.exit(1);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
