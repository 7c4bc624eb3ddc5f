// Approvals are bound to the exact content reviewed: a sha256 over canonical JSON (sorted keys).
import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function contentHash(data: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(data)))
    .digest('hex');
}
