import { afterEach, describe, expect, it } from 'vitest';
import { establishPeerProof, PEER_ADDRESS_HEADER, PEER_PROOF_HEADER, peerAddress, peerAddressOf } from './peer-address';

describe('peerAddress', () => {
  it('ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(peerAddress('::ffff:10.1.2.3', '203.0.113.9', 0)).toBe('10.1.2.3');
  });

  it('takes the entry the trusted proxy appended, never a client-written one', () => {
    expect(peerAddress('127.0.0.1', '6.6.6.6, 198.51.100.7', 1)).toBe('198.51.100.7');
    expect(peerAddress('127.0.0.1', ['6.6.6.6', '198.51.100.7, 192.0.2.1'], 2)).toBe('198.51.100.7');
  });

  it('falls back to the socket when the header is missing or too short', () => {
    expect(peerAddress('127.0.0.1', undefined, 1)).toBe('127.0.0.1');
    expect(peerAddress('127.0.0.1', '198.51.100.7', 3)).toBe('127.0.0.1');
  });
});

describe('peerAddressOf (checklist 29: served any way, a client never chooses its address)', () => {
  const saved = { proof: process.env.CMS_PEER_PROOF, hops: process.env.TRUSTED_PROXY_HOPS };
  afterEach(() => {
    for (const [name, value] of [
      ['CMS_PEER_PROOF', saved.proof],
      ['TRUSTED_PROXY_HOPS', saved.hops],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  const forged = { [PEER_ADDRESS_HEADER]: '6.6.6.6', 'x-forwarded-for': '7.7.7.7' };

  it('believes the peer header only with the serving process proof (npm start)', () => {
    const proof = establishPeerProof();
    expect(peerAddressOf(new Headers({ ...forged, [PEER_PROOF_HEADER]: proof }))).toBe('6.6.6.6');
    expect(peerAddressOf(new Headers({ ...forged, [PEER_PROOF_HEADER]: `${proof.slice(1)}x` }))).toBe('unknown');
    expect(peerAddressOf(new Headers({ ...forged, [PEER_PROOF_HEADER]: 'short' }))).toBe('unknown');
  });

  it('under plain `next start` ignores a client-sent peer header and X-Forwarded-For beyond the trusted hops', () => {
    delete process.env.CMS_PEER_PROOF;
    delete process.env.TRUSTED_PROXY_HOPS;
    expect(peerAddressOf(new Headers(forged))).toBe('unknown');
    expect(peerAddressOf(new Headers({ ...forged, [PEER_PROOF_HEADER]: '' }))).toBe('unknown');
    process.env.TRUSTED_PROXY_HOPS = '1';
    expect(peerAddressOf(new Headers({ ...forged, 'x-forwarded-for': '6.6.6.6, 198.51.100.7' }))).toBe('198.51.100.7');
  });
});
