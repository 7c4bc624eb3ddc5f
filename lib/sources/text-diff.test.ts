import { describe, expect, it } from 'vitest';
import { diffTexts } from './text-diff';

const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}段：江北区完成投资${i + 10}亿元。`);

describe('diffTexts', () => {
  it('reports identical texts as such', () => {
    expect(diffTexts('甲\n乙', '甲\n乙')).toEqual({ status: 'identical' });
  });

  it('shows a corrected figure inside its line, with two lines of context and nothing else', () => {
    const before = paragraphs(20).join('\n');
    const after = before.replace('完成投资20亿元', '完成投资21亿元');
    const diff = diffTexts(before, after);
    if (diff.status !== 'changed') throw new Error(diff.status);
    expect(diff).toMatchObject({ added: 1, removed: 1 });
    expect(diff.hunks).toHaveLength(1);
    const lines = diff.hunks[0]!.lines;
    expect(lines.map((l) => l.kind)).toEqual(['same', 'same', 'removed', 'added', 'same', 'same']);
    expect(lines[2]).toMatchObject({ kind: 'removed', before: 11 });
    expect(lines[3]).toMatchObject({ kind: 'added', after: 11 });
    const changed = (line: (typeof lines)[number]) =>
      'pieces' in line ? line.pieces.filter((p) => p.kind !== 'same').map((p) => p.text) : [];
    expect(changed(lines[2]!)).toEqual(['0']);
    expect(changed(lines[3]!)).toEqual(['1']);
  });

  it('numbers lines on each side across an added heading and a removed tail, in separate hunks', () => {
    const before = paragraphs(12).join('\n');
    const after = ['【更正】', ...paragraphs(11)].join('\n');
    const diff = diffTexts(before, after, 1);
    if (diff.status !== 'changed') throw new Error(diff.status);
    expect(diff.hunks).toHaveLength(2);
    expect(diff.hunks[0]!.lines[0]).toMatchObject({ kind: 'added', after: 1 });
    expect(diff.hunks[0]!.lines[1]).toMatchObject({ kind: 'same', before: 1, after: 2 });
    expect(diff.hunks[1]!.lines.at(-1)).toMatchObject({ kind: 'removed', before: 12 });
    expect(diff).toMatchObject({ added: 1, removed: 1 });
  });
});
