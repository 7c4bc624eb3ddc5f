// Originals made in the test, as an editor would bring them: PDFs printed by Chromium with the Noto
// CJK font (one with two pages of text, one holding only a picture of text), and a saved web page
// with the chrome around its article.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const PAGE_ONE = '江北区2020年实现地区生产总值1325亿元，增长3.9%。';
export const PAGE_TWO = '第二页：签约项目42个，投资总额302.5亿元。';

/** Two pages of Chinese text, as Chromium prints them to PDF. */
export const TWO_PAGE_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<style>body{font-family:"Noto Sans CJK SC",sans-serif;font-size:14pt}</style></head>
<body><p>${PAGE_ONE}</p><p style="page-break-before:always">${PAGE_TWO}</p></body></html>`;

export async function makePdfOriginals(): Promise<{ textPdf: Buffer; imagePdf: Buffer }> {
  const system = '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath: existsSync(system) ? system : undefined });
  try {
    const page = await browser.newPage();
    await page.setContent(TWO_PAGE_HTML, { waitUntil: 'load' });
    const textPdf = await page.pdf({ format: 'A4' });
    // A scan in miniature: a screenshot of the same text, printed as the only thing on the page.
    await page.setViewportSize({ width: 800, height: 200 });
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 800, height: 200 } });
    await page.setContent(
      `<!doctype html><html><body style="margin:0"><img src="data:image/png;base64,${png.toString('base64')}"></body></html>`,
      { waitUntil: 'load' },
    );
    const imagePdf = await page.pdf({ format: 'A4' });
    return { textPdf, imagePdf };
  } finally {
    await browser.close();
  }
}

export const WEB_PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>江北区统计公报_重庆市江北区人民政府</title>
<meta property="og:site_name" content="重庆市江北区人民政府">
<meta name="author" content="江北区统计局">
<script>function track(){return '埋点脚本';}</script><style>.x{color:red}</style></head>
<body><header><a href="/">首页</a><form><input name="q"><button>搜索</button></form></header>
<nav><ul><li><a href="/a">栏目导航</a></li></ul></nav>
<main><article><h1>江北区统计公报</h1>
<p>${PAGE_ONE}</p>
<p>${PAGE_TWO}</p></article></main>
<footer>版权所有：重庆市江北区人民政府</footer></body></html>`;
