import { describe, expect, it } from 'vitest';
import { newSourceSchema } from './schema';

const base = { slug: 'test-news', title: '测试新闻', kind: 'NEWS_ARTICLE', text: '正文' };

describe('a source document’s original address', () => {
  it('accepts web addresses and none', () => {
    for (const originalUrl of ['', 'https://www.cqjb.gov.cn/news/1.html', 'http://example.org/a?b=1']) {
      expect(newSourceSchema.safeParse({ ...base, originalUrl }).success, originalUrl).toBe(true);
    }
  });

  it('refuses addresses that would run or embed something when followed', () => {
    for (const originalUrl of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'ftp://x.org',
    ]) {
      expect(newSourceSchema.safeParse({ ...base, originalUrl }).success, originalUrl).toBe(false);
    }
  });
});
