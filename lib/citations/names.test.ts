import { describe, expect, it } from 'vitest';
import { nameInQuotes } from './names';

describe('nameInQuotes', () => {
  it('finds an alias in one of the quotes, across a line break', () => {
    expect(nameInQuotes('大九街', ['九街荣获全市“最潮街区”', '大九\n街荣获国家级旅游休闲街区'])).toBe(true);
  });

  it('refuses a name no quote states', () => {
    expect(nameInQuotes('升级版远洋太古里', ['川渝双地标“升级版太古里”取得实质进展'])).toBe(false);
    expect(nameInQuotes('  ', ['九街'])).toBe(false);
  });
});
