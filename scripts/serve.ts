// The HTTP server in front of Next.js (used by `npm start`, `npm run dev` and Playwright).
// In production it answers repeated requests for cached public pages itself and strips Next.js's
// client scripts from public HTML (lib/public-responses.ts). And Next.js never tells the app the
// TCP peer of a request (it only fills X-Forwarded-For when the client sent none), and sign-in
// throttling must key on the real peer, not on a header the client chose. Here the socket's address is written into a header that no
// client can set, and X-Forwarded-For is trusted only for TRUSTED_PROXY_HOPS proxies.
import http from 'node:http';
import next from 'next';
import { PEER_ADDRESS_HEADER, peerAddress } from '@/lib/http/peer-address';
import { BAD_REQUEST_PAGE, isUnreadableTarget } from '@/lib/http/request-target';
import { handlePublicPage } from './lib/public-responses';

async function main() {
  const dev = process.argv.includes('--dev');
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOSTNAME ?? '0.0.0.0';
  const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  const app = next({ dev, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    if (isUnreadableTarget(req.url ?? '/')) {
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(BAD_REQUEST_PAGE);
    }
    req.headers[PEER_ADDRESS_HEADER] = peerAddress(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      trustedHops,
    );
    if (dev) return void handle(req, res);
    void handlePublicPage(req, res).then(
      (answered) => (answered ? undefined : handle(req, res)),
      (error: unknown) => {
        console.error(error);
        void handle(req, res);
      },
    );
  });
  server.listen(port, hostname, () =>
    console.log(`ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`),
  );
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
