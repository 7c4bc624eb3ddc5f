// Approvals are bound to the exact content reviewed: a sha256 over canonical JSON (sorted keys).
import { createHash } from 'node:crypto';
import { canonical } from './canonical';
import type { ChangeNotes } from './notes-schema';

export function contentHash(data: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(data)))
    .digest('hex');
}

/** What a reviewer approves: the proposed record and the notes that explain it. */
export const changeHash = (data: unknown, notes: ChangeNotes) => contentHash({ data, notes });
