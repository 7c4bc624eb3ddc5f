// The address a request really came from, for sign-in throttling and the audit log.
//
// Next.js never tells the app a request's TCP peer: it only fills X-Forwarded-For when the client
// sent none, so under plain `next start` any client can choose its own address. scripts/serve.ts
// (`npm start`) therefore writes the peer into PEER_ADDRESS_HEADER together with a proof that only
// this server process knows, overwriting whatever a client sent under either name. Without that
// proof (another way of serving), the header is ignored: the address is read from X-Forwarded-For
// only as far as TRUSTED_PROXY_HOPS proxies vouch for it, and is otherwise 'unknown'.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const PEER_ADDRESS_HEADER = 'x-cms-peer-address';
export const PEER_PROOF_HEADER = 'x-cms-peer-proof';
const PROOF_VARIABLE = 'CMS_PEER_PROOF';

/**
 * With no trusted proxy, the socket's address. Behind N trusted proxies, the address the
 * outermost trusted proxy saw: the N-th entry from the right of X-Forwarded-For (entries further
 * left were written by the client and prove nothing).
 */
export function peerAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined | null,
  trustedHops: number,
): string {
  const socket = (socketAddress ?? 'unknown').replace(/^::ffff:/, '');
  if (trustedHops <= 0 || !forwardedFor) return socket;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[entries.length - trustedHops] ?? socket;
}

export function trustedProxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/** The serving process's proof, made once at its start (scripts/serve.ts) and never sent to clients. */
export function establishPeerProof(): string {
  process.env[PROOF_VARIABLE] ||= randomBytes(32).toString('hex');
  return process.env[PROOF_VARIABLE];
}

function provenByServer(proof: string | null): boolean {
  const expected = process.env[PROOF_VARIABLE];
  if (!expected || !proof || proof.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(proof), Buffer.from(expected));
}

/** The peer address of a request, as the rules at the top of this file say. */
export function peerAddressOf(headers: { get(name: string): string | null }): string {
  if (provenByServer(headers.get(PEER_PROOF_HEADER))) return headers.get(PEER_ADDRESS_HEADER) ?? 'unknown';
  return peerAddress(undefined, headers.get('x-forwarded-for'), trustedProxyHops());
}
