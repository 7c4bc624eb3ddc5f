// Name-based UUIDs (RFC 4122 version 5): the same seed key always gives the same id, which makes
// the seed step idempotent (it inserts only ids that are missing) without extra key columns.
import { createHash } from 'node:crypto';

// A fixed namespace for this project's seed keys.
const NAMESPACE = Buffer.from('6f1c2a8e4b7d4e0f9a3c5d2e1f0a9b8c', 'hex');

export function stableId(key: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(key, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of a seeded party row: md5 of its key ("project:organisation:role" or
 * "agreement:organisation"), exactly what the fact_identity migration gave rows that existed
 * before parties had ids, so migrated and fresh databases agree.
 */
export function partyId(...key: string[]): string {
  const hex = createHash('md5').update(key.join(':'), 'utf8').digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
