// Benches that time our code in real Chromium load it as one IIFE bundle, built the same way.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');

/** Bundles `entry` (relative to the repo) as a minified IIFE exposing `globalName`, and returns its code. */
export async function bundleForBrowser(entry: string, globalName: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'lens-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      publicDir: false,
      root: ROOT,
      build: {
        outDir: out,
        emptyOutDir: true,
        target: 'chrome121',
        minify: true,
        lib: { entry: join(ROOT, entry), name: globalName, formats: ['iife'], fileName: () => 'bundle.js' },
      },
    });
    return readFileSync(join(out, 'bundle.js'), 'utf8');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
