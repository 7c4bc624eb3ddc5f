import { describe, expect, it } from 'vitest';
import { diffRecords, idsIn } from './record-diff';

const version = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const topic = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const names = new Map([
  [version, '江北 将“愿景画”转化为“实景图”'],
  [topic, '招商引资与重点项目'],
]);
const citation = (exact: string, start: number) => ({
  sourceVersionId: version,
  exact,
  start,
  end: start + exact.length,
});
const base = {
  name: '北滨路东延伸段',
  kind: 'ECOLOGY',
  topicId: topic,
  measures: [{ label: '长度', value: '11.2', unit: '公里', citations: [citation('全长11.2公里', 10)] }],
  milestones: [{ kind: 'STARTED', date: '2022-12-26', citations: [] }],
};

describe('diffRecords', () => {
  it('lists only what changed, with labels, names and quotes', () => {
    const after = {
      ...base,
      name: '北滨路东延伸段生态综合修复工程',
      measures: [{ ...base.measures[0], value: '11.3', citations: [citation('全长11.3公里', 10)] }],
    };
    const rows = diffRecords(base, after, names);
    expect(rows.map((r) => [r.label, r.before, r.after])).toEqual([
      ['名称', '北滨路东延伸段', '北滨路东延伸段生态综合修复工程'],
      ['规模与数量 1 › 数值', '11.2', '11.3'],
      [
        '规模与数量 1 › 引文 1',
        '“全长11.2公里”（江北 将“愿景画”转化为“实景图”，第 11–18 字）',
        '“全长11.3公里”（江北 将“愿景画”转化为“实景图”，第 11–18 字）',
      ],
    ]);
  });

  it('shows every field of a new record as added, with enum labels and names', () => {
    const rows = diffRecords(null, base, names);
    expect(rows.find((r) => r.path === 'kind')?.after).toBe('生态环保');
    expect(rows.find((r) => r.path === 'milestones.0.kind')?.after).toBe('开工');
    expect(rows.find((r) => r.path === 'topicId')?.after).toBe('招商引资与重点项目');
    expect(rows.every((r) => r.before === null)).toBe(true);
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

  it('reports removed items', () => {
    const rows = diffRecords(base, { ...base, milestones: [] }, names);
    expect(rows).toContainEqual({
      path: 'milestones.0.date',
      label: '进展节点 1 › 日期',
      before: '2022-12-26',
      after: null,
    });
  });

  it('finds the ids a record refers to', () => {
    expect(new Set(idsIn(base))).toEqual(new Set([version, topic]));
  });
});
