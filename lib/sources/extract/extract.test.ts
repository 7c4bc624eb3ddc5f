import { describe, expect, it } from 'vitest';
import { normalizeCjkRadicals } from './cjk-radicals';
import { extractHtmlText } from './html-text';

describe('normalizeCjkRadicals', () => {
  it('maps the radicals a PDF writer substitutes back to ideographs, leaving full-width punctuation alone', () => {
    expect(normalizeCjkRadicals('地区⽣产总值，增⻓3.9%。第⼆⻚：项⽬；⼾籍；北')).toBe(
      '地区生产总值，增长3.9%。第二页：项目；户籍；北',
    );
  });
});

describe('extractHtmlText', () => {
  it('keeps the article, its table as tab-separated lines and its metadata, and drops the chrome', () => {
    const page = extractHtmlText(`<!doctype html><html><head><title>公报_江北区政府</title>
      <meta property="og:title" content="江北区统计公报"><meta property="og:site_name" content="重庆市江北区人民政府">
      <meta name="author" content="江北区统计局"><meta property="article:published_time" content="2021-03-26">
      <script>var tracking = '埋点';</script></head><body><nav>栏目导航</nav>
      <main><h1>江北区统计公报</h1><p>全区实现地区
      生产总值1325亿元。</p><table><tr><th>指标</th><th>数值</th></tr><tr><td>签约项目</td><td>42个</td></tr></table>
      <div style="display:none">隐藏文字</div></main><footer>版权所有</footer></body></html>`);
    expect(page).toEqual({
      title: '江北区统计公报',
      text: '江北区统计公报\n\n全区实现地区生产总值1325亿元。\n\n指标\t数值\n签约项目\t42个',
      meta: { author: '江北区统计局', publisher: '重庆市江北区人民政府', published: '2021-03-26' },
    });
  });

  it('reads loose markup without <html> or <body>', () => {
    expect(extractHtmlText('<title> 标题 </title><p>第一段</p><p>第二段</p>')).toEqual({
      title: '标题',
      text: '第一段\n\n第二段',
      meta: {},
    });
  });
});
