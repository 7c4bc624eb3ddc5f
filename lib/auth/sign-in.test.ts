import { describe, expect, it } from 'vitest';
import { MAX_PAIR_DELAY_MS, pairDelayMs } from './sign-in';

describe('the delay of an account and address pair', () => {
  it('lets three failures pass, then doubles from one second up to 15 minutes', () => {
    const seconds = Array.from({ length: 16 }, (_, failures) => pairDelayMs(failures, false) / 1000);
    expect(seconds).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
    expect(pairDelayMs(1000, false)).toBe(MAX_PAIR_DELAY_MS);
  });

  it('starts at the first failure while the account is under attack from many addresses', () => {
    expect([0, 1, 2, 3, 4].map((failures) => pairDelayMs(failures, true) / 1000)).toEqual([0, 1, 2, 4, 8]);
  });
});
