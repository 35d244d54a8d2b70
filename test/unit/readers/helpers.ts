// Loading DOM fixtures into their own happy-dom window, at the URL the page would have, with
// scripts, stylesheets and subresources off (fixtures are inert markup).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const windows: Window[] = [];
// not `new URL(…, import.meta.url)`: under happy-dom, URL is the DOM's and resolves against the page
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/readers');

export function loadHtml(html: string, url: string): Document {
  const win = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  windows.push(win);
  win.document.write(html);
  return win.document as unknown as Document;
}

export function loadFixture(name: string, url: string): Document {
  return loadHtml(readFileSync(join(FIXTURES, 'dom', name), 'utf8'), url);
}

export function apiFixture(name: string): { _source: string; requestUrl: string; payload: unknown } {
  return JSON.parse(readFileSync(join(FIXTURES, 'api', name), 'utf8'));
}

export async function closeWindows(): Promise<void> {
  for (const w of windows.splice(0)) await w.happyDOM.close();
}

export const NOW = new Date('2026-11-20T12:00:00Z');
