// The address a request really came from. scripts/serve.ts writes it into PEER_ADDRESS_HEADER,
// overwriting whatever a client sent under that name.
export const PEER_ADDRESS_HEADER = 'x-cms-peer-address';

/**
 * With no trusted proxy, the socket's address. Behind N trusted proxies, the address the
 * outermost trusted proxy saw: the N-th entry from the right of X-Forwarded-For (entries further
 * left were written by the client and prove nothing).
 */
export function peerAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
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

/** Reads the peer address that scripts/serve.ts recorded ('unknown' when served otherwise). */
export function peerAddressOf(headers: { get(name: string): string | null }): string {
  return headers.get(PEER_ADDRESS_HEADER) ?? 'unknown';
}
