// What scripts/serve.ts does for public pages around Next.js:
// - removes Next.js's client scripts from their HTML (lib/http/public-html.ts) and compresses it;
// - keeps the finished response of each cached page (no query string) in memory and answers the
//   next request for it directly, as long as the page cache says that rendering is still current
//   (lib/cache/page-cache-handler.js; with Redis this check sees publishes on every server).
// Next.js's own path for a cached page costs far more per request than sending stored bytes.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import PageCacheHandler from '@/lib/cache/page-cache-handler.js';
import {
  isClientRenderedErrorShell,
  isPublicPageRequest,
  PAGE_NOT_FOUND_HTML,
  PAGE_UNAVAILABLE_HTML,
  withoutClientScripts,
} from '@/lib/http/public-html';

type Finished = { status: number; headers: OutgoingHttpHeaders; body: Buffer; gzipped: Buffer | null };
type Kept = Finished & { rendered: number };

const KEPT_LIMIT = 2_000;
const kept = new Map<string, Kept>();

function acceptsGzip(request: IncomingMessage) {
  return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

function write(
  request: IncomingMessage,
  response: ServerResponse,
  page: Finished,
  gzipAccepted: boolean,
  writeHead = response.writeHead,
) {
  const etag = page.headers.etag;
  if (etag && request.headers['if-none-match'] === etag) {
    writeHead.call(response, 304, { etag, vary: page.headers.vary ?? '' });
    response.end();
    return;
  }
  const gzip = page.gzipped && gzipAccepted;
  const body = gzip ? page.gzipped! : page.body;
  writeHead.call(response, page.status, {
    ...page.headers,
    'content-length': String(body.length),
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  response.end(body);
}

/**
 * Collects what Next.js writes instead of sending it, then sends `finish`'s version of it.
 * Next.js sends a cached page with one end(); streamed pages are collected whole.
 */
function capture(response: ServerResponse, gzipAccepted: boolean, finish: (page: Finished) => Promise<Finished>) {
  const chunks: Buffer[] = [];
  const writeHead = response.writeHead;
  const end = response.end;
  const toBuffer = (chunk: unknown, encoding?: unknown): Buffer =>
    typeof chunk === 'string'
      ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
      : Buffer.from(chunk as Uint8Array);
  response.writeHead = function (status: number, ...rest: unknown[]) {
    response.statusCode = status;
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) response.setHeader(String(headers[i]), headers[i + 1] as string);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
    }
    return response;
  } as typeof response.writeHead;
  response.flushHeaders = () => {};
  response.write = function (chunk: unknown, encoding?: unknown, callback?: unknown) {
    chunks.push(toBuffer(chunk, encoding));
    const done = [encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined;
    done?.();
    return true;
  } as typeof response.write;
  response.end = function (chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding));
    const headers = response.getHeaders();
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    const page: Finished = { status: response.statusCode, headers, body: Buffer.concat(chunks), gzipped: null };
    void finish(page).then(
      (final) => {
        response.end = end;
        write(response.req, response, final, gzipAccepted, writeHead);
      },
      (error: unknown) => {
        console.error('public page response failed:', error);
        response.end = end;
        writeHead.call(response, 500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('服务器内部错误');
      },
    );
    const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined;
    done?.();
    return response;
  } as typeof response.end;
}

/**
 * The site's own 404 page (app/not-found.tsx: public header, message, footer) as the build
 * prerendered it, for unknown slugs of cached routes, where Next.js sends only a shell for its
 * client scripts to fill (vercel/next.js#95613). Without a build (next dev), the plain page.
 */
let notFoundHtml: string | undefined;
function notFoundPage(): string {
  if (notFoundHtml === undefined) {
    try {
      notFoundHtml = withoutClientScripts(readFileSync('.next/server/app/_not-found.html', 'utf8'));
    } catch {
      notFoundHtml = PAGE_NOT_FOUND_HTML;
    }
  }
  return notFoundHtml;
}

/** The response with another body (Next.js's ETag described the old one). */
function replaced(page: Finished, html: string, headers: OutgoingHttpHeaders = {}): Finished {
  const { etag: _etag, ...unchanged } = page.headers;
  return { ...page, body: Buffer.from(html), gzipped: null, headers: { ...unchanged, ...headers } };
}

/**
 * Answers a public page request from the kept responses when it can (returns true), else lets
 * Next.js answer it with its output post-processed (returns false: call Next.js's handler).
 */
export async function handlePublicPage(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const url = request.url ?? '/';
  if (!isPublicPageRequest(request.method, url, request.headers)) return false;
  const keepable = !url.includes('?');
  if (keepable) {
    const page = kept.get(url);
    if (page && (await PageCacheHandler.currentRendering(url)) === page.rendered) {
      write(request, response, { ...page, headers: { ...page.headers, 'x-page-cache': 'hit' } }, acceptsGzip(request));
      return true;
    }
    kept.delete(url);
  }
  // Compression happens here, after the scripts are gone.
  const gzipAccepted = acceptsGzip(request);
  delete request.headers['accept-encoding'];
  capture(response, gzipAccepted, async (page) => {
    const html = String(page.headers['content-type'] ?? '').startsWith('text/html');
    if (html && page.status >= 500) {
      return replaced(page, PAGE_UNAVAILABLE_HTML, { 'cache-control': 'no-store', 'retry-after': '5' });
    }
    if (html && page.status === 404 && isClientRenderedErrorShell(page.body.toString('utf8'))) {
      return replaced(page, notFoundPage());
    }
    if (!html || page.status !== 200 || page.headers['content-encoding']) return page;
    const body = Buffer.from(withoutClientScripts(page.body.toString('utf8')));
    const finished: Finished = { ...page, body, gzipped: body.length > 1024 ? gzipSync(body) : null };
    const cacheable = keepable && page.headers['x-nextjs-cache'] !== undefined && !page.headers['set-cookie'];
    const rendered = cacheable ? await PageCacheHandler.currentRendering(url) : null;
    if (rendered !== null) {
      if (kept.size >= KEPT_LIMIT) kept.delete(kept.keys().next().value!);
      kept.set(url, { ...finished, rendered });
    }
    return finished;
  });
  return false;
}
