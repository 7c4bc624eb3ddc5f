import { afterEach, describe, expect, it } from 'vitest';
import { refreshAuthorization } from './refresh-public-pages';

const TOKEN = 'a'.repeat(16) + 'b'.repeat(16);

describe('refreshAuthorization', () => {
  afterEach(() => {
    delete process.env.CACHE_REFRESH_TOKEN;
  });

  it('closes the endpoint when no token is configured, whatever is sent', () => {
    expect(refreshAuthorization(null)).toBe('unconfigured');
    expect(refreshAuthorization('Bearer ')).toBe('unconfigured');
  });

  it('allows only the exact configured token as a bearer token', () => {
    process.env.CACHE_REFRESH_TOKEN = TOKEN;
    expect(refreshAuthorization(`Bearer ${TOKEN}`)).toBe('allowed');
    expect(refreshAuthorization(TOKEN)).toBe('refused');
    expect(refreshAuthorization(`Bearer ${TOKEN}x`)).toBe('refused');
    expect(refreshAuthorization(`Bearer ${TOKEN.slice(1)}`)).toBe('refused');
    expect(refreshAuthorization(null)).toBe('refused');
  });
});
