// Requests the server refuses before Next.js sees them, each with the status that says why rather
// than the 500 a framework error would give: an address no page can answer (400), a method the
// site does not serve such as TRACE (405), and a server action posted from another site (403).
import { BAD_REQUEST_PAGE, isUnreadableTarget } from './request-target';

export type Refusal = { status: number; headers: Record<string, string>; body: string };

const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'];

const page = (title: string, text: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><h1>${title}</h1><p>${text}<a href="/">返回首页</a>。</p></body></html>`;
const html = { 'content-type': 'text/html; charset=utf-8' };

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

type Request = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : null);

/**
 * The refusal for a request, or null to let it through. Behind trusted proxies (`trustedHops` > 0)
 * the site's host is the one the proxy names in X-Forwarded-Host.
 */
export function refuseRequest(request: Request, trustedHops = 0): Refusal | null {
  if (isUnreadableTarget(request.url ?? '/')) return { status: 400, headers: html, body: BAD_REQUEST_PAGE };
  const method = (request.method ?? 'GET').toUpperCase();
  if (!SERVED_METHODS.includes(method)) {
    return {
      status: 405,
      headers: { ...html, allow: SERVED_METHODS.join(', ') },
      body: page('不支持的请求方式', '本网站不接受这种请求。'),
    };
  }
  // A server action must come from a page of this site (Next.js checks the same, but answers 500).
  const origin = request.headers.origin;
  if (method === 'POST' && request.headers['next-action'] !== undefined && typeof origin === 'string') {
    const host = (trustedHops > 0 && single(request.headers['x-forwarded-host'])) || single(request.headers.host);
    if (hostOf(origin) !== host) {
      return { status: 403, headers: html, body: page('请求被拒绝', '这个操作只能从本网站的页面提交。') };
    }
  }
  return null;
}
