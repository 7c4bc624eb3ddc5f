import { describe, expect, it } from 'vitest';
import { splitSynonyms } from './synonyms';

describe('splitSynonyms', () => {
  it('splits on line breaks, 顿号, Chinese and Latin commas and semicolons, keeping spaces inside names', () => {
    expect(splitSynonyms('GDP、地区GDP\ngross regional product，GRP; 生产总值；总值,产值')).toEqual([
      'GDP',
      '地区GDP',
      'gross regional product',
      'GRP',
      '生产总值',
      '总值',
      '产值',
    ]);
  });

  it('drops blanks and repeats that differ only in case', () => {
    expect(splitSynonyms('  GDP ,, gdp\n\n  ')).toEqual(['GDP']);
    expect(splitSynonyms('')).toEqual([]);
  });
});
