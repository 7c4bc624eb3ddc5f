import { describe, expect, it } from 'vitest';
import { emptyObservation, withValueDiscrepancyOf, type MetricDraft } from './schema';

const ids = ['a', 'b', 'c'].map((c) => `00000000-0000-4000-8000-00000000000${c}`);
const metric: MetricDraft = {
  slug: 'new-market-entities',
  nameZh: '新增市场主体',
  nameEn: '',
  synonyms: [],
  unit: '户',
  topicId: '00000000-0000-4000-8000-000000000000',
  subjectId: null,
  description: '',
  featured: false,
  observations: ids.map((id, index) => ({ ...emptyObservation(), id, period: String(2020 + index) })),
  valueDiscrepancies: [],
};

describe('the metric form opened from a value candidate of the fact desk', () => {
  it('ticks the candidate’s values in a new discrepancy, note left to the editor', () => {
    expect(withValueDiscrepancyOf(metric, [ids[0]!, ids[1]!]).valueDiscrepancies).toEqual([
      { note: '', observationIds: [ids[0], ids[1]] },
    ]);
  });

  it('changes nothing for fewer than two values, another metric’s value or one already grouped', () => {
    const grouped = {
      ...metric,
      valueDiscrepancies: [{ id: ids[2], note: '已登记', observationIds: [ids[1]!, ids[2]!] }],
    };
    expect(withValueDiscrepancyOf(metric, [ids[0]!, ids[0]!])).toBe(metric);
    expect(withValueDiscrepancyOf(metric, [ids[0]!, '00000000-0000-4000-8000-0000000000ff'])).toBe(metric);
    expect(withValueDiscrepancyOf(grouped, [ids[0]!, ids[1]!])).toBe(grouped);
  });
});
