import { describe, expect, it } from 'vitest';
import { peerAddress } from './peer-address';

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
