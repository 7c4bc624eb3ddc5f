import { describe, expect, it } from 'vitest';
import { summarizeChange, type SummarizedRevision } from './change-summary';

const version = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const topic = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const names = new Map([
  [version, '2020年江北区国民经济和社会发展统计公报'],
  [topic, '经济发展'],
]);
const citation = (n: number, exact: string) => ({ id: id(n), sourceVersionId: version, exact, start: n, end: n + 9 });
const observation = (n: number, period: string, value: string) => ({
  id: id(n),
  period,
  periodLabel: `${period}年`,
  value,
  qualifier: 'EXACT',
  basis: 'REPORTED',
  isCumulative: false,
  vintage: 'FINAL',
  rank: 'NORMAL',
  citations: [citation(n + 100, `${period}年实现${value}亿元`)],
});
const metric = {
  nameZh: '地区生产总值',
  unit: '亿元',
  topicId: topic,
  observations: [observation(10, '2019', '1240'), observation(11, '2020', '1300')],
};
const project = {
  name: '北滨路东延伸段',
  kind: 'ECOLOGY',
  projectStatus: 'UNDER_CONSTRUCTION',
  topicId: topic,
  investment: { amount: '50', unit: '亿元', qualifier: 'ABOUT' },
  measures: [],
  milestones: [],
  citations: [citation(1, '总投资约50亿元')],
};

const update = (previous: unknown, data: unknown, recordType: SummarizedRevision['recordType'] = 'METRIC') =>
  summarizeChange({ recordType, action: 'UPDATE', version: 2, previous, data }, names);

describe('summarizeChange', () => {
  it('says a new record is new, with its latest figure', () => {
    const summary = summarizeChange(
      { recordType: 'METRIC', action: 'CREATE', version: 1, previous: null, data: metric },
      names,
    );
    expect(summary).toEqual({ verb: '新增', title: '新增指标：地区生产总值', lines: ['2020年 1300亿元'] });
    // The seed's first revision has no change behind it and is just as new.
    const seeded = summarizeChange(
      { recordType: 'PROJECT', action: null, version: 1, previous: null, data: project },
      names,
    );
    expect(seeded).toEqual({ verb: '新增', title: '新增项目：北滨路东延伸段', lines: ['投资额 约50亿元'] });
    const bare = summarizeChange(
      { recordType: 'TOPIC', action: 'CREATE', version: 1, previous: null, data: { nameZh: '生态' } },
      names,
    );
    expect(bare.lines).toEqual([]);
  });

  it('gives a changed value old → new, with the metric and period it belongs to', () => {
    const corrected = {
      ...metric,
      observations: [
        metric.observations[0]!,
        { ...metric.observations[1]!, value: '1325', citations: [citation(211, '2020年实现1325亿元')] },
      ],
    };
    // The old quote gives way to a new one: told on one line.
    expect(update(metric, corrected).lines).toEqual([
      '地区生产总值 2020年：1300亿元 → 1325亿元',
      '引文：新增 1 条，撤下 1 条',
    ]);
    // A quote re-anchored under the same id is an updated citation, not a value change.
    const quoting = (exact: string) => ({
      ...metric,
      observations: [metric.observations[0]!, { ...metric.observations[1]!, citations: [citation(111, exact)] }],
    });
    expect(update(quoting('2020年实现1300亿元'), quoting('全年实现1300亿元')).lines).toEqual(['引文：更新 1 条']);
  });

  it('gives a changed status and an investment by their labels', () => {
    const completed = { ...project, projectStatus: 'COMPLETED', investment: { ...project.investment, amount: '52.5' } };
    const summary = update(project, completed, 'PROJECT');
    expect(summary.title).toBe('更新项目：北滨路东延伸段');
    expect(summary.lines).toEqual(['状态：在建 → 已建成', '投资额：50亿元 → 52.5亿元']);
  });

  it('counts added and removed facts, naming new and withdrawn values', () => {
    const after = { ...metric, observations: [metric.observations[1]!, observation(12, '2021', '1500')] };
    expect(update(metric, after).lines).toEqual(['新增 1 个数值：2021年 1500亿元', '撤下 1 个数值：2019年 1240亿元']);
  });

  it('caps a long list of changes and says how many there were', () => {
    const after = {
      ...metric,
      nameZh: '地区生产总值（GDP）',
      description: '按当年价格计算的全区生产总值',
      observations: [
        { ...metric.observations[0]!, value: '1241' },
        metric.observations[1]!,
        observation(12, '2021', '1500'),
        observation(13, '2022', '1600'),
        observation(14, '2023', '1700'),
      ],
    };
    const { lines } = update(metric, after);
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3)).toEqual([
      '名称：地区生产总值 → 地区生产总值（GDP）',
      '简介：— → 按当年价格计算的全区生产总值',
      '地区生产总值（GDP） 2019年：1240亿元 → 1241亿元',
    ]);
    // The fourth, 新增 3 个数值, is counted but not shown.
    expect(lines.at(-1)).toBe('等 4 处改动');
  });

  it('says when the previous revision is missing instead of guessing', () => {
    const summary = summarizeChange(
      { recordType: 'METRIC', action: 'UPDATE', version: 4, previous: null, data: metric },
      names,
    );
    expect(summary).toEqual({
      verb: '更新',
      title: '更新指标：地区生产总值',
      lines: ['上一版本未存档，无法列出具体改动'],
    });
  });

  it('names the record by its current name when the revision does not', () => {
    const summary = summarizeChange(
      { recordType: 'TOPIC', action: null, version: 1, previous: null, data: {}, label: '经济发展' },
      names,
    );
    expect(summary.title).toBe('新增专题：经济发展');
  });

  it('says a deleted record was taken down and a restored one is back', () => {
    const deleted = summarizeChange(
      { recordType: 'AGREEMENT', action: 'DELETE', version: 3, previous: null, data: { title: '川渝合作协议' } },
      names,
    );
    expect(deleted).toEqual({ verb: '撤下', title: '撤下合作协议：川渝合作协议', lines: [] });
    const restored = summarizeChange(
      { recordType: 'AGREEMENT', action: 'RESTORE', version: 4, previous: null, data: { title: '川渝合作协议' } },
      names,
    );
    expect(restored.title).toBe('恢复合作协议：川渝合作协议');
  });
});
