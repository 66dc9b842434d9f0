// A tiny static server for the demo inbox: no dependencies, localhost only, no directory listing.
// `npx tsx scripts/demo-server.ts [--port N]` · `startDemoServer(0)` for tests (random free port).

import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DEFAULT_DEMO_PORT = 5178;
export const DEMO_ROOT = path.resolve(fileURLToPath(new URL('../demo', import.meta.url)));
/** Built editor test pages (owned by demo/editors); served under /editors/ when they exist. */
export const EDITORS_ROOT = path.join(DEMO_ROOT, 'editors', 'dist');

// Only what the demo actually ships; anything else (e.g. .ts sources) is a 404.
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

// The demo pages must work with no network at all; this makes any remote request fail loudly.
// Extension origins stay allowed so the extension may inject its own frames, styles and images.
const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline' chrome-extension: moz-extension:",
  "img-src 'self' data: blob: chrome-extension: moz-extension:",
  "font-src 'self' chrome-extension: moz-extension:",
  "frame-src 'self' chrome-extension: moz-extension:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export interface DemoServer {
  /** e.g. http://127.0.0.1:5178 (no trailing slash). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Maps a request path to a file under one of the roots, or null when it must not be served. */
export async function resolveDemoPath(urlPath: string): Promise<{ file: string; root: string } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter(Boolean);
  // No dot-files and no parent segments, whatever the normalisation would make of them.
  if (segments.some((s) => s.startsWith('.'))) return null;

  let root = DEMO_ROOT;
  let rest = segments;
  if (segments[0] === 'editors') {
    root = EDITORS_ROOT;
    rest = segments.slice(1);
  }
  let file = path.resolve(root, ...rest);
  if (!isInside(root, file)) return null;

  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return null;
    // Symlinks must not lead out of the root either.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!isInside(realRoot, realFile)) return null;
  } catch {
    return null;
  }
  // demo/editors holds someone else's sources; only its dist/ is public, under /editors/.
  if (root === DEMO_ROOT && isInside(path.join(DEMO_ROOT, 'editors'), file)) return null;
  if (!CONTENT_TYPES[path.extname(file).toLowerCase()]) return null;
  return { file, root };
}

function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
    return;
  }
  const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  // /editors without the slash would break the pages' relative URLs.
  if (pathname === '/editors') {
    res.writeHead(301, { Location: '/editors/' }).end();
    return;
  }
  const found = await resolveDemoPath(pathname);
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const info = await stat(found.file);
  const type = CONTENT_TYPES[path.extname(found.file).toLowerCase()]!;
  const headers: Record<string, string | number> = {
    'Content-Type': type,
    'Content-Length': info.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (found.root === DEMO_ROOT && type.startsWith('text/html')) headers['Content-Security-Policy'] = DEMO_CSP;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Starts the demo server on 127.0.0.1. Port 0 picks a free port. */
export function startDemoServer(port: number = DEFAULT_DEMO_PORT): Promise<DemoServer> {
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal error\n');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        port: actual,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

function parsePort(argv: string[]): number {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (i < 0) return DEFAULT_DEMO_PORT;
  const raw = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port needs a number 0..65535, got ${raw}`);
  return port;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const port = parsePort(process.argv.slice(2));
  const server = await startDemoServer(port).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(
      `Port ${port} is already in use. Try another one: --port ${port + 1}, or --port 0 for any free port.`,
    );
    process.exit(1);
  });
  console.log(`Heartline demo inbox: ${server.url}/`);
  console.log(`  helpdesk ${server.url}/helpdesk.html   mail ${server.url}/mail.html   chat ${server.url}/chat.html`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    server.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
