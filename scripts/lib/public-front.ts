// The public front of `npm start`: the HTTP server readers reach, in front of Next.js's own request
// handler, which listens on a loopback port (scripts/serve.ts). It talks to Next.js over HTTP only,
// so nothing here depends on Next.js's internals; lib/http/public-html.ts owns the one change it
// makes to Next.js's output (public pages lose their client scripts). It also:
// - answers repeated requests for public pages, public API resources and downloads from the
//   responses it kept, keyed by the whole URL (path and query), for as long as no publish has
//   happened since each began rendering (the page cache's last revalidation: on every server when
//   the page cache is in Redis);
// - gives those responses their ETag, gzip encoding and a Cache-Control that lets an HTTP cache in
//   front hold them (Varnish, nginx, a CDN: a publish purges them, lib/cache/frontend-caches.ts);
// - passes everything else through as it streams: the admin area, sign-in, server actions,
//   Next.js's assets, requests of signed-in users.
import { createHash } from 'node:crypto';
import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/cache-control';
import {
  isClientRenderedErrorShell,
  isClientRouterRequest,
  isPublicPageRequest,
  PAGE_NOT_FOUND_HTML,
  PAGE_UNAVAILABLE_HTML,
  withoutClientScripts,
} from '@/lib/http/public-html';

export type FrontOptions = {
  /** Where Next.js's request handler listens. */
  upstream: { host: string; port: number };
  /**
   * When the page cache was last revalidated (a publish), or null when unknown. Without this
   * function (development) nothing is kept.
   */
  lastRevalidation?: () => Promise<number | null>;
};

type Finished = { status: number; headers: OutgoingHttpHeaders; body: Buffer; gzipped: Buffer | null };
type Kept = Finished & { revalidation: number };

const KEPT_ENTRIES = 2_000;
const KEPT_BYTES = 64 * 1024 * 1024;
// Larger responses (a full download) are sent but not kept.
const KEPT_ENTRY_BYTES = 2 * 1024 * 1024;
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection'];
// Next.js's own caching headers describe its cache, not the response a reader gets.
const NEXT_PRIVATE_HEADER = /^x-next(?:js)?-/;
// Admin area, sign-in, session endpoints, Next.js's assets and internals: never kept.
const NEVER_KEPT = /^\/(?:admin|sign-in|_next|api(?!\/v1\/))(?:\/|$)/;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=/;

/**
 * Whether the response to a request may be kept and shared: a plain GET of a public page, an API
 * resource or a download, from someone who is not signed in (an editor always sees a fresh render).
 */
export function isKeepableRequest(method: string | undefined, url: string, headers: IncomingMessage['headers']) {
  if (method !== 'GET' || isClientRouterRequest(headers)) return false;
  if (headers.authorization !== undefined || SESSION_COOKIE.test(String(headers.cookie ?? ''))) return false;
  return !NEVER_KEPT.test(url.split('?')[0] ?? '/');
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|ld\+json|javascript)|image\/svg\+xml)/;

function acceptsGzip(request: IncomingMessage) {
  return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

function withoutHopByHop(headers: IncomingMessage['headers']): OutgoingHttpHeaders {
  const result: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.includes(name)) result[name] = value;
  }
  return result;
}

function send(request: IncomingMessage, response: ServerResponse, page: Finished, extra: OutgoingHttpHeaders = {}) {
  const etag = page.headers.etag;
  if (etag !== undefined && request.headers['if-none-match'] === etag) {
    const { 'content-type': _type, 'content-length': _length, ...headers } = page.headers;
    response.writeHead(304, { ...headers, ...extra });
    return void response.end();
  }
  const gzip = page.gzipped !== null && acceptsGzip(request);
  const body = gzip ? page.gzipped! : page.body;
  response.writeHead(page.status, {
    ...page.headers,
    ...extra,
    'content-length': String(body.length),
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** The response a reader gets for what Next.js answered, and whether it may be kept. */
async function finish(
  status: number,
  upstreamHeaders: IncomingMessage['headers'],
  raw: Buffer,
  page: boolean,
  shareable: boolean,
  notFoundHtml: () => Promise<string>,
): Promise<Finished & { keepable: boolean }> {
  const headers = withoutHopByHop(upstreamHeaders);
  for (const name of Object.keys(headers)) if (NEXT_PRIVATE_HEADER.test(name)) delete headers[name];
  delete headers['content-length'];
  const html = String(headers['content-type'] ?? '').startsWith('text/html');
  const replaced = (text: string, more: OutgoingHttpHeaders) => {
    delete headers.etag;
    return { status, headers: { ...headers, ...more }, body: Buffer.from(text), gzipped: null, keepable: false };
  };
  if (page && html && status >= 500) {
    return replaced(PAGE_UNAVAILABLE_HTML, { 'cache-control': 'no-store', 'retry-after': '5' });
  }
  if (page && html && status === 404 && isClientRenderedErrorShell(raw.toString('utf8'))) {
    return replaced(await notFoundHtml(), { 'cache-control': 'no-store' });
  }
  if (status !== 200 || headers['content-encoding'] !== undefined) {
    return { status, headers, body: raw, gzipped: null, keepable: false };
  }
  const body = page && html ? Buffer.from(withoutClientScripts(raw.toString('utf8'))) : raw;
  const compressible = COMPRESSIBLE.test(String(headers['content-type'] ?? '')) && body.length > 1024;
  const keepable = shareable && headers['set-cookie'] === undefined && body.length <= KEPT_ENTRY_BYTES;
  headers.etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  headers.vary = 'Accept-Encoding';
  // A signed-in user's copy (or one with a cookie set) stays in their browser.
  headers['cache-control'] = keepable ? PUBLIC_CACHE_CONTROL : 'private, no-cache';
  return { status, headers, body, gzipped: compressible ? gzipSync(body) : null, keepable };
}

/** Responses kept by URL, least recently used first, within a count and a byte budget. */
function keptResponses() {
  const entries = new Map<string, Kept>();
  let bytes = 0;
  const size = (entry: Kept) => entry.body.length + (entry.gzipped?.length ?? 0);
  const remove = (url: string) => {
    const entry = entries.get(url);
    if (entry) bytes -= size(entry);
    entries.delete(url);
  };
  return {
    get(url: string) {
      const entry = entries.get(url);
      if (entry) {
        entries.delete(url);
        entries.set(url, entry);
      }
      return entry;
    },
    set(url: string, entry: Kept) {
      remove(url);
      entries.set(url, entry);
      bytes += size(entry);
      while (entries.size > KEPT_ENTRIES || bytes > KEPT_BYTES) remove(entries.keys().next().value!);
    },
    remove,
  };
}

/** The front's own failure: logged, and a plain 500 without details for the reader. */
function failed(response: ServerResponse, error: unknown) {
  console.error('public front:', error);
  if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('服务器内部错误');
}

/** The request handler of the public front. */
export function createPublicFront(options: FrontOptions) {
  const { upstream, lastRevalidation } = options;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  // The site's own 404 page (app/not-found.tsx), for unknown slugs of cached routes, where Next.js
  // sends only a shell for its client scripts to fill (vercel/next.js#95613): asked of Next.js once,
  // at an address no route matches.
  let notFound: Promise<string> | undefined;
  const notFoundHtml = () =>
    (notFound ??= fetch(`http://${upstream.host}:${upstream.port}/--not-found--`, { headers: { accept: 'text/html' } })
      .then((answer) => answer.text())
      .then((html) => (isClientRenderedErrorShell(html) ? PAGE_NOT_FOUND_HTML : withoutClientScripts(html)))
      .catch(() => PAGE_NOT_FOUND_HTML));
  const kept = keptResponses();
  // Unknown revalidation state counts as changed: never serve what may be stale.
  const currentRevalidation = async () => (lastRevalidation ? await lastRevalidation() : null);

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = request.url ?? '/';
    const page = isPublicPageRequest(request.method, url, request.headers);
    const shareable = isKeepableRequest(request.method, url, request.headers);
    // Development keeps nothing, but sends what production sends.
    const keepable = lastRevalidation !== undefined && shareable;
    const startedAt = keepable ? await currentRevalidation() : null;
    if (keepable) {
      const entry = kept.get(url);
      if (entry && startedAt !== null && entry.revalidation === startedAt) {
        return send(request, response, entry, { 'x-page-cache': 'hit' });
      }
      if (entry) kept.remove(url);
    }
    const buffered = page || keepable;
    const headers = { ...request.headers };
    // Compression and conditional requests are answered here, for the final bytes.
    if (buffered) {
      delete headers['accept-encoding'];
      delete headers['if-none-match'];
    }
    const upstreamRequest = http.request(
      { host: upstream.host, port: upstream.port, method: request.method, path: url, headers, agent },
      (upstreamResponse) => {
        const status = upstreamResponse.statusCode ?? 502;
        if (!buffered) {
          response.writeHead(status, withoutHopByHop(upstreamResponse.headers));
          return void upstreamResponse.pipe(response);
        }
        const chunks: Buffer[] = [];
        upstreamResponse.on('data', (chunk: Buffer) => chunks.push(chunk));
        upstreamResponse.on('error', () => response.destroy());
        upstreamResponse.on('end', () => {
          void (async () => {
            const body = Buffer.concat(chunks);
            const finished = await finish(status, upstreamResponse.headers, body, page, shareable, notFoundHtml);
            if (!keepable || !finished.keepable) return send(request, response, finished);
            // A publish while this rendered may have come after it read the database.
            const endedAt = await currentRevalidation();
            if (startedAt === null || endedAt !== startedAt) {
              return send(request, response, {
                ...finished,
                headers: { ...finished.headers, 'cache-control': 'no-store' },
              });
            }
            kept.set(url, { ...finished, revalidation: startedAt });
            send(request, response, finished, { 'x-page-cache': 'miss' });
          })().catch((error: unknown) => failed(response, error));
        });
      },
    );
    let abandoned = false;
    upstreamRequest.on('error', (error) => {
      if (abandoned) return;
      console.error(`public front: ${request.method} ${url}: ${error.message}`);
      if (response.headersSent) return void response.destroy();
      response.writeHead(502, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'retry-after': '5',
      });
      response.end(PAGE_UNAVAILABLE_HTML);
    });
    // A reader who goes away stops the render they asked for.
    response.on('close', () => {
      if (response.writableFinished) return;
      abandoned = true;
      upstreamRequest.destroy();
    });
    request.pipe(upstreamRequest);
  }

  /** WebSocket upgrades (Next.js's development reloads) pass through as raw bytes. */
  function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    const connection = net.connect(upstream.port, upstream.host, () => {
      const lines = [`${request.method} ${request.url} HTTP/${request.httpVersion}`];
      for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
        lines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
      }
      connection.write(`${lines.join('\r\n')}\r\n\r\n`);
      connection.write(head);
      socket.pipe(connection).pipe(socket);
    });
    connection.on('error', () => socket.destroy());
    socket.on('error', () => connection.destroy());
  }

  return {
    handle: (request: IncomingMessage, response: ServerResponse) =>
      handle(request, response).catch((error: unknown) => failed(response, error)),
    upgrade,
  };
}
