import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM, quotes every field, doubles quotes and keeps Chinese', () => {
    const csv = toCsv(['名称', 'quote'], [{ 名称: '地区生产总值', quote: '他说"增长8%"，\n换行' }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFF"名称","quote"\r\n"地区生产总值","他说""增长8%""，\n换行"\r\n');
  });

  it('defuses values a spreadsheet would run as formulas', () => {
    expect(toCsv(['a'], [{ a: '=HYPERLINK("x")' }, { a: '-3.9' }, { a: '-cmd' }])).toContain(
      `"'=HYPERLINK(""x"")"\r\n"-3.9"\r\n"'-cmd"`,
    );
  });
});
