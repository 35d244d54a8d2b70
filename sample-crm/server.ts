// The sample CRM: a small CRM web app on 127.0.0.1 for demos and the extension's e2e tests.
// Pages are static shells; their script fetches /api/* and renders with textContent, so no
// record value ever reaches the browser as HTML. The server never makes outbound requests.
//
//   node --import tsx sample-crm/server.ts [--port 4870] [--csp]

import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { handleApi } from './api';
import type { ApiContext } from './api';
import { generateSampleWorld, SAMPLE_NOW } from './seed';
import { countPlanted, plantedIds } from './planted';
import { isKind } from './types';

export const DEFAULT_PORT = 4870;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), 'public');
const LANGS: Record<string, 'ltr' | 'rtl'> = { en: 'ltr', fa: 'rtl', ja: 'ltr' };
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
// Off by default: the extension may inject UI or page scripts the way it would on a CRM without one.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export interface SampleCrmOptions {
  /** 0 picks a free port. Default 0 (tests); the CLI defaults to 4870. */
  port?: number;
  /** Loopback only; default 127.0.0.1. */
  host?: string;
  /** Send a strict Content-Security-Policy, to test the extension against CRMs that do. */
  csp?: boolean;
}

export interface SampleCrm {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Only these names are ever read from disk, so no request path can reach another file. */
function publicFileNames(): Set<string> {
  return new Set(readdirSync(PUBLIC_DIR).filter((name) => /^[a-z0-9-]+\.(html|js|css|svg)$/.test(name)));
}

function extension(name: string): string {
  return name.slice(name.lastIndexOf('.'));
}

/** Sets <html lang dir> on the server too, so the page is in the right direction before any script runs. */
function localise(html: Buffer, params: URLSearchParams): Buffer {
  const lang = params.get('lang') ?? 'en';
  const dir = LANGS[lang];
  if (!dir || lang === 'en') return html;
  return Buffer.from(html.toString('utf8').replace('<html lang="en" dir="ltr">', `<html lang="${lang}" dir="${dir}">`));
}

/** Page routes: "/" home, "/<kind>" list, "/<kind>/<id>" record, "/empty", "/sync", "/components", "/framed". */
function pageFor(ctx: ApiContext, segments: string[]): { file: string; status: number } {
  const [kind, id, ...rest] = segments;
  if (kind === undefined) return { file: 'app.html', status: 200 };
  if (kind === 'empty' && id === undefined) return { file: 'empty.html', status: 200 };
  if (kind === 'sync' && id === undefined) return { file: 'sync.html', status: 200 };
  if (kind === 'components' && id === undefined) return { file: 'components.html', status: 200 };
  if (kind === 'framed' && id === undefined) return { file: 'framed.html', status: 200 };
  if (isKind(kind) && rest.length === 0 && (id === undefined || ctx.data[kind].some((r) => r.id === id)))
    return { file: 'app.html', status: 200 };
  return { file: 'not-found.html', status: 404 };
}

function splitPath(pathname: string): string[] | null {
  try {
    return pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null; // malformed percent-encoding
  }
}

export function startSampleCrm(opts: SampleCrmOptions = {}): Promise<SampleCrm> {
  const host = opts.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) return Promise.reject(new Error(`sample CRM only listens on loopback, not ${host}`));
  const world = generateSampleWorld();
  const ctx: ApiContext = {
    data: world.data,
    truth: world.truth,
    planted: countPlanted(world.data, world.truth),
    plantedIds: plantedIds(world.data),
    now: SAMPLE_NOW,
  };
  const files = publicFileNames();

  const send = (req: IncomingMessage, res: ServerResponse, status: number, type: string, body: Buffer | string): void => {
    const headers: Record<string, string | number> = {
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    if (opts.csp) headers['Content-Security-Policy'] = CSP;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(req, res, 405, TYPES['.html'] as string, 'Method not allowed');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://sample-crm.invalid');
    const segments = splitPath(url.pathname);
    const sendFile = (name: string, status: number): void => {
      // read per request so edits to public/ show up on reload
      const file = files.has(name) ? readFileSync(join(PUBLIC_DIR, name)) : undefined;
      if (!file) return send(req, res, 500, 'text/plain; charset=utf-8', `missing ${name}`);
      const type = TYPES[extension(name)] ?? 'application/octet-stream';
      send(req, res, status, type, name.endsWith('.html') ? localise(file, url.searchParams) : file);
    };
    if (segments === null) return sendFile('not-found.html', 400);
    if (segments[0] === 'api') {
      const out = handleApi(ctx, segments.slice(1), url.searchParams);
      return send(req, res, out.status, 'application/json; charset=utf-8', JSON.stringify(out.body));
    }
    if (segments[0] === 'static' && segments.length === 2) {
      const name = segments[1] ?? '';
      return files.has(name) && !name.endsWith('.html') ? sendFile(name, 200) : sendFile('not-found.html', 404);
    }
    if (segments[0] === 'favicon.ico') return sendFile('favicon.svg', 200);
    const page = pageFor(ctx, segments);
    sendFile(page.file, page.status);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${urlHost}:${port}`,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections(); // keep-alive sockets would hold close() open
          }),
      });
    });
  });
}

function parseArgs(argv: string[]): SampleCrmOptions {
  const opts: SampleCrmOptions = { port: DEFAULT_PORT };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.split('=', 2);
    if (flag === '--port') {
      const value = inline ?? argv[++i];
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port ${value}`);
      opts.port = port;
    } else if (flag === '--csp') {
      opts.csp = true;
    } else {
      throw new Error(`unknown argument ${arg} (usage: server.ts [--port N] [--csp])`);
    }
  }
  return opts;
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  let opts: SampleCrmOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  }
  const crm = await startSampleCrm(opts);
  console.log(`Sample CRM running at ${crm.url}  (try ${crm.url}/contacts, ?lang=fa, ?lang=ja; Ctrl+C to stop)`);
  const stop = (): void => void crm.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
