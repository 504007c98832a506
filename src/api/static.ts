import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { SECURITY_HEADERS, UI_CSP } from './headers.ts';

/** Media types of the files a Vite build writes. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function fileSize(path: string): number | null {
  try {
    const s = statSync(path);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built web UI from `root`: files by path (hashed assets cached for a year), and
 * `index.html` for any extension-less path, so UI routes load the app. Answers only GET and HEAD;
 * returns false for anything it does not serve, so the API answers 404. Never leaves `root`.
 */
export function createStaticHandler(root: string): (req: IncomingMessage, res: ServerResponse) => boolean {
  const base = resolve(root);
  const index = join(base, 'index.html');
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return false;
    }
    if (path.includes('\0')) return false;
    let file = resolve(base, `.${path}`);
    if (file !== base && !file.startsWith(base + sep)) return false;
    let size = fileSize(file);
    if (size === null) {
      if (extname(path) !== '') return false;
      file = index;
      size = fileSize(file);
      if (size === null) return false;
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const immutable = path.startsWith('/assets/');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Security-Policy': UI_CSP,
      'Content-Type': type,
      'Content-Length': String(size),
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  };
}
