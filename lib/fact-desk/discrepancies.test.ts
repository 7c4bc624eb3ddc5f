import { describe, expect, it } from 'vitest';
import { stageConflicts, valueConflicts } from './discrepancies';

const observation = (id: string, value: string, quotes: string[], discrepancyId: string | null = null) => ({
  id,
  metric: 'gdp',
  period: '2022',
  value,
  basis: 'REPORTED',
  discrepancyId,
  sources: ['doc'],
  quotes,
});

describe('valueConflicts', () => {
  it('finds one period with two values from different statements, open until recorded', () => {
    const open = valueConflicts([observation('a', '1600', ['q1']), observation('b', '1580', ['q2'])]);
    expect(open).toEqual([expect.objectContaining({ metric: 'gdp', period: '2022', resolved: false })]);
    const recorded = valueConflicts([observation('a', '1600', ['q1'], 'd'), observation('b', '1580', ['q2'], 'd')]);
    expect(recorded[0]!.resolved).toBe(true);
  });

  it('treats values of different scopes as different measures, not a disagreement', () => {
    const core = { ...observation('a', '473', ['q1']), scope: '江北嘴金融核心区' };
    expect(valueConflicts([core, observation('b', '490', ['q2'])])).toEqual([]);
    const otherCore = { ...observation('c', '480', ['q3']), scope: '江北嘴金融核心区' };
    expect(valueConflicts([core, otherCore])).toEqual([expect.objectContaining({ resolved: false })]);
  });

  it('leaves equal values and two figures of one sentence alone', () => {
    expect(valueConflicts([observation('a', '1600', ['q1']), observation('b', '1600.0', ['q2'])])).toEqual([]);
    expect(valueConflicts([observation('a', '69', ['q1']), observation('b', '51', ['q1'])])).toEqual([]);
  });
});

describe('stageConflicts', () => {
  const project = (projectStatus: 'SIGNED' | 'COMPLETED', statusDiscrepancy = false) => ({
    slug: 'p',
    projectStatus,
    statusDiscrepancy,
    quotes: [
      { exact: '北滨路项目签约', source: 'doc-2019' },
      { exact: '北滨路项目建成', source: 'doc-2021' },
    ],
  });

  it('is open while a document reports a later stage than the record', () => {
    expect(stageConflicts([project('SIGNED')])).toEqual([
      {
        project: 'p',
        stages: [
          { status: 'SIGNED', sources: ['doc-2019'] },
          { status: 'COMPLETED', sources: ['doc-2021'] },
        ],
        resolved: false,
      },
    ]);
    expect(stageConflicts([project('COMPLETED')])[0]!.resolved).toBe(true);
  });

  it('is resolved when the disagreement is recorded as a discrepancy of the status', () => {
    expect(stageConflicts([project('SIGNED', true)])[0]!.resolved).toBe(true);
  });
});
