// The HTTP server in front of Next.js (used by `npm start`, `npm run dev` and Playwright).
// In production it answers repeated requests for cached public pages itself and strips Next.js's
// client scripts from public HTML (lib/public-responses.ts). It also tells the app each request's
// TCP peer, which Next.js does not (see lib/http/peer-address.ts): the socket's address (or what
// TRUSTED_PROXY_HOPS proxies vouch for) goes into a header with this process's proof, so that no
// client can choose the address sign-in throttling and the audit log see. Requests no page can
// answer are refused first with the status that says why (lib/http/request-guard.ts).
import http from 'node:http';
import next from 'next';
import {
  establishPeerProof,
  PEER_ADDRESS_HEADER,
  PEER_PROOF_HEADER,
  peerAddress,
  trustedProxyHops,
} from '@/lib/http/peer-address';
import { refuseRequest } from '@/lib/http/request-guard';
import { handlePublicPage } from './lib/public-responses';

async function main() {
  const dev = process.argv.includes('--dev');
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOSTNAME ?? '0.0.0.0';
  const trustedHops = trustedProxyHops();
  const proof = establishPeerProof();
  const app = next({ dev, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
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
