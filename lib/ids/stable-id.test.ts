import { describe, expect, it } from 'vitest';
import { stableId } from './stable-id';

describe('stableId', () => {
  it('gives the same RFC 4122 version-5 UUID for the same key, and different ones for different keys', () => {
    const id = stableId('metric:gdp');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableId('metric:gdp')).toBe(id);
    expect(stableId('metric:gdp2')).not.toBe(id);
  });
});
