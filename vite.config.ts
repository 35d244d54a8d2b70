import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

// `--mode e2e` is the production build plus the sample CRM's origin in host_permissions:
// automation cannot click Chrome's permission prompt. The store build never lists any host.
export const SAMPLE_CRM_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Firefox has no extension service workers: it runs `background.scripts` as an event page.
 * Chrome ignores `scripts` when `service_worker` is present, so one manifest serves both.
 */
function firefoxBackground(): Plugin {
  let outDir = 'dist';
  return {
    name: 'crm-audit-lens:firefox-background',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle() {
      const path = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      const worker = manifest.background?.service_worker;
      if (worker) {
        manifest.background.scripts = [worker];
        writeFileSync(path, JSON.stringify(manifest, null, 2));
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const manifest = {
    ...baseManifest,
    version: pkg.version,
    ...(mode === 'e2e' ? { host_permissions: SAMPLE_CRM_HOSTS } : {}),
  } as ManifestV3Export;
  return {
    plugins: [preact(), crx({ manifest }), firefoxBackground()],
    build: {
      // LENS_DIST lets parallel work build and drive its own copy without clobbering dist-e2e.
      outDir: mode === 'e2e' ? (process.env.LENS_DIST ?? 'dist-e2e') : 'dist',
      emptyOutDir: true,
      target: 'chrome121',
      // Readable stack traces in bug reports cost nothing: nothing is downloaded from a server.
      sourcemap: false,
      minify: true,
    },
  };
});
