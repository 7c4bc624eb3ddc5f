// Approvals are bound to the exact content reviewed: a sha256 over canonical JSON (sorted keys).
import { createHash } from 'node:crypto';
import { canonical } from './canonical';

export function contentHash(data: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(data)))
    .digest('hex');
}
