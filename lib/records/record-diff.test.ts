import { describe, expect, it } from 'vitest';
import { changedRows, diffRecords, idsIn } from './record-diff';

const version = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const topic = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const names = new Map([
  [version, '江北 将“愿景画”转化为“实景图”'],
  [topic, '招商引资与重点项目'],
]);
const citation = (n: number, exact: string, start: number) => ({
  id: id(n),
  sourceVersionId: version,
  exact,
  start,
  end: start + exact.length,
});
const base = {
  name: '北滨路东延伸段',
  kind: 'ECOLOGY',
  topicId: topic,
  measures: [{ id: id(1), label: '长度', value: '11.2', unit: '公里', citations: [citation(2, '全长11.2公里', 10)] }],
  milestones: [{ id: id(3), kind: 'STARTED', date: '2022-12-26', citations: [] }],
};

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
  citations: [citation(n + 100, `${period}年实现${value}亿元`, n * 10)],
});
const metric = {
  nameZh: '地区生产总值',
  unit: '亿元',
  observations: [observation(10, '2019', '1240'), observation(11, '2020', '1325'), observation(12, '2021', '1500')],
};

describe('diffRecords', () => {
  it('lists what changed, named by the fact it belongs to, with names and quotes', () => {
    const after = {
      ...base,
      name: '北滨路东延伸段生态综合修复工程',
      measures: [{ ...base.measures[0], value: '11.3', citations: [citation(2, '全长11.3公里', 10)] }],
    };
    const rows = changedRows(diffRecords(base, after, names));
    expect(rows.map((r) => [r.kind, r.label, r.before, r.after])).toEqual([
      ['changed', '名称', '北滨路东延伸段', '北滨路东延伸段生态综合修复工程'],
      ['changed', '规模与数量 长度 › 数值', '11.2', '11.3'],
      [
        'changed',
        '规模与数量 长度 › 引文「全长11.3公里」',
        '“全长11.2公里”（江北 将“愿景画”转化为“实景图”，第 11–18 字）',
        '“全长11.3公里”（江北 将“愿景画”转化为“实景图”，第 11–18 字）',
      ],
    ]);
  });

  it('matches observations by id: removing one row shows that row removed, nothing shifted', () => {
    const after = { ...metric, observations: [metric.observations[0]!, metric.observations[2]!] };
    const rows = changedRows(diffRecords(metric, after, names));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.kind === 'removed' && r.label.startsWith('观测值 2020年'))).toBe(true);
    expect(rows.find((r) => r.label === '观测值 2020年 › 数值')?.before).toBe('1325');
  });

  it('shows a changed value, an added and a removed observation as three facts, defaults hidden', () => {
    const after = {
      ...metric,
      observations: [
        { ...metric.observations[0]!, value: '1241', citations: [citation(110, '2019年实现1241亿元', 100)] },
        metric.observations[1]!,
        observation(13, '2022', '1600'),
      ],
    };
    const rows = changedRows(diffRecords(metric, after, names));
    const facts = new Set(rows.map((r) => r.label.split(' › ')[0]));
    expect(facts).toEqual(new Set(['观测值 2019年', '观测值 2021年', '观测值 2022年']));
    expect(rows.filter((r) => r.label.startsWith('观测值 2022年')).every((r) => r.kind === 'added')).toBe(true);
    expect(rows.filter((r) => r.label.startsWith('观测值 2021年')).every((r) => r.kind === 'removed')).toBe(true);
    // 限定 确数, 性质 实际, 累计值 否, … are defaults: not listed for the new observation.
    expect(rows.map((r) => r.label)).not.toContain('观测值 2022年 › 限定');
    expect(rows.find((r) => r.label === '观测值 2019年 › 数值')).toMatchObject({ before: '1240', after: '1241' });
    // Unchanged fields are there for a "show all" toggle, not among the changes.
    expect(diffRecords(metric, after, names).some((r) => r.kind === 'unchanged' && r.label === '名称')).toBe(true);
  });

  it('shows the fields of a new record as added, with enum labels and names', () => {
    const rows = diffRecords(null, base, names);
    expect(rows.find((r) => r.path === 'kind')?.after).toBe('生态环保');
    expect(rows.find((r) => r.path === 'milestones.0.kind')?.after).toBe('开工');
    expect(rows.find((r) => r.path === 'topicId')?.after).toBe('招商引资与重点项目');
    expect(rows.every((r) => r.kind === 'added' && r.before === null)).toBe(true);
  });

  it('shows fields in the form order whatever order the stored JSON has', () => {
    const shuffled = {
      topicId: topic,
      measures: base.measures,
      kind: 'ECOLOGY',
      name: '北滨路东延伸段',
      milestones: base.milestones,
    };
    expect(diffRecords(null, shuffled, names).map((r) => r.path)).toEqual(
      diffRecords(null, base, names).map((r) => r.path),
    );
    expect(diffRecords(null, shuffled, names)[0]?.path).toBe('name');
  });

  it('falls back to positions for versions saved before facts had ids', () => {
    const legacy = { ...base, milestones: [{ kind: 'STARTED', date: '2022-12-26', citations: [] }] };
    const rows = diffRecords(legacy, { ...legacy, milestones: [] }, names);
    expect(rows).toContainEqual(
      expect.objectContaining({ path: 'milestones.0.date', label: '进展节点 开工 2022-12-26 › 日期', kind: 'removed' }),
    );
  });

  it('finds the ids a record refers to, not the ids of its facts', () => {
    expect(new Set(idsIn(base))).toEqual(new Set([version, topic]));
  });
});
