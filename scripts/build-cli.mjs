#!/usr/bin/env node
// Bundles the `crm-audit` CLI (src/cli/main.ts and everything it imports, dependencies
// included) into dist-cli/crm-audit.mjs, one ES module for Node 20+. Run by `npm install`
// (the `prepare` script), so `bin/crm-audit.mjs` works on a fresh clone.
// configFile: false keeps the extension's vite.config.ts (crxjs, preact) out of this build.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

let build;
try {
  ({ build } = await import('vite'));
} catch {
  // `npm install --omit=dev` has no vite: don't fail the install, say how to get the CLI
  console.warn(
    'build-cli: vite is not installed (dev dependency); skipping the CLI build. Run "npm install" with dev dependencies, then "node scripts/build-cli.mjs".',
  );
  process.exit(0);
}

const started = Date.now();
try {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: 'src/cli/main.ts',
      outDir: 'dist-cli',
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rollupOptions: { output: { entryFileNames: 'crm-audit.mjs', format: 'es' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
} catch (e) {
  console.error(`build-cli: the CLI build failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
if (!process.argv.includes('--quiet')) console.log(`build-cli: dist-cli/crm-audit.mjs built in ${Date.now() - started} ms`);
