// The HTTP server of `npm start`, `npm run dev` and Playwright. Next.js's request handler listens on
// a loopback port; readers reach the public front (scripts/lib/public-front.ts), which forwards to
// it over HTTP and, in production, keeps public responses until the next publish. Development takes
// the same path without keeping anything. The front also tells the app each request's TCP peer,
// which Next.js does not (see lib/http/peer-address.ts): the socket's address (or what
// TRUSTED_PROXY_HOPS proxies vouch for) goes into a header with this process's proof, so that no
// client can choose the address sign-in throttling and the audit log see. Requests no page can
// answer are refused first with the status that says why (lib/http/request-guard.ts).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import next from 'next';
import PageCacheHandler from '@/lib/cache/page-cache-handler.js';
import {
  establishPeerProof,
  PEER_ADDRESS_HEADER,
  PEER_PROOF_HEADER,
  peerAddress,
  trustedProxyHops,
} from '@/lib/http/peer-address';
import { refuseRequest } from '@/lib/http/request-guard';
import { createPublicFront } from './lib/public-front';

const LOOPBACK = '127.0.0.1';

async function main() {
  const dev = process.argv.includes('--dev');
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOSTNAME ?? '0.0.0.0';
  const trustedHops = trustedProxyHops();
  const proof = establishPeerProof();

  // Next.js is told its own port, so it is known before Next.js starts.
  const internal = http.createServer();
  await new Promise<void>((resolve) => internal.listen(0, LOOPBACK, resolve));
  const internalPort = (internal.address() as AddressInfo).port;
  const app = next({ dev, hostname: LOOPBACK, port: internalPort });
  const handle = app.getRequestHandler();
  await app.prepare();
  internal.on('request', (req, res) => void handle(req, res));

  // The same page cache Next.js uses (next.config.js), for the time of the last publish.
  const pageCache = dev ? null : new PageCacheHandler({ serverDistDir: path.resolve('.next', 'server') });
  const front = createPublicFront({
    upstream: { host: LOOPBACK, port: internalPort },
    lastRevalidation: pageCache ? () => pageCache.lastRevalidation() : undefined,
  });

  const server = http.createServer((req, res) => {
    const refusal = refuseRequest(req, trustedHops);
    if (refusal) {
      res.writeHead(refusal.status, refusal.headers);
      return void res.end(req.method === 'HEAD' ? undefined : refusal.body);
    }
    // Next.js checks a server action's Origin against X-Forwarded-Host when one is sent: only a
    // trusted proxy may set it.
    if (trustedHops === 0) delete req.headers['x-forwarded-host'];
    req.headers[PEER_ADDRESS_HEADER] = peerAddress(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      trustedHops,
    );
    req.headers[PEER_PROOF_HEADER] = proof;
    void front.handle(req, res);
  });
  server.on('upgrade', front.upgrade);
  server.listen(port, hostname, () =>
    console.log(`ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`),
  );
  const stop = () => server.close(() => internal.close(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
