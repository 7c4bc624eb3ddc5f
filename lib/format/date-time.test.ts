import { describe, expect, it } from 'vitest';
import { formatDateTimeZh } from './date-time';

describe('formatDateTimeZh', () => {
  it('shows the moment in China Standard Time', () => {
    expect(formatDateTimeZh(new Date('2026-11-24T16:05:00Z'))).toBe('2026年11月25日 00:05');
  });
});
