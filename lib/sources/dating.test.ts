import { describe, expect, it } from 'vitest';
import { referenceDateOf, sourceDateZh } from './dating';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('source dating', () => {
  it('tells readers the stated date, else 未注明 with the estimate, else 未注明', () => {
    expect(sourceDateZh({ statedDate: day('2023-06-07'), statedDatePrecision: 'DAY' })).toBe('2023年6月7日');
    expect(
      sourceDateZh({
        statedDate: null,
        statedDatePrecision: null,
        estimatedDate: day('2021-04-01'),
        estimatedDatePrecision: 'MONTH',
      }),
    ).toBe('未注明（估计约2021年4月）');
    expect(sourceDateZh({ statedDate: null, statedDatePrecision: null })).toBe('未注明');
  });

  it('reads relative dates from when the text was written, not from a later republication', () => {
    expect(referenceDateOf({ statedDate: day('2023-06-07'), estimatedDate: day('2021-01-01') })).toEqual(
      day('2021-01-01'),
    );
    expect(referenceDateOf({ statedDate: day('2023-06-07'), estimatedDate: null })).toEqual(day('2023-06-07'));
    expect(referenceDateOf({ statedDate: null, estimatedDate: null })).toBeNull();
  });
});
