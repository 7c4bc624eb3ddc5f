import { describe, expect, it } from 'vitest';
import { optionalText, requiredText } from './fields';

describe('typed text fields', () => {
  it('refuse control characters that would break feeds and hide in diffs', () => {
    for (const value of ['经济\u0001发展', '经\u000b济', '经济\u0000', 'a\u007fb']) {
      expect(requiredText('名称').safeParse(value).success, JSON.stringify(value)).toBe(false);
      expect(optionalText('说明').safeParse(value).success, JSON.stringify(value)).toBe(false);
    }
    expect(requiredText('名称').safeParse('经济\u0001').error?.issues[0]?.message).toBe(
      '名称含有不可见的控制字符，请删除后再保存',
    );
  });

  it('keep line breaks and tabs', () => {
    expect(optionalText('说明').parse('第一行\n第二行\r\n\t第三行')).toBe('第一行\n第二行\r\n\t第三行');
  });
});
