// Request addresses that no page can answer: broken percent-encoding (a bare "%ff"), or a path
// that decodes to a control character (a NUL). They get a plain 400 before routing, instead of a
// framework error that reads like an outage in the logs.
const CONTROL = /[\u0000-\u001f\u007f]/;

export function isUnreadableTarget(target: string): boolean {
  const path = target.split('?')[0] ?? '';
  try {
    return CONTROL.test(decodeURIComponent(path));
  } catch {
    return true;
  }
}

export const BAD_REQUEST_PAGE =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址无法识别</title></head>' +
  '<body><h1>网址无法识别</h1><p>这个网址含有无法识别的字符。请检查链接，或<a href="/">返回首页</a>。</p></body></html>';
