// Public pages are server-rendered HTML with no client component: they read, link and submit GET
// forms without JavaScript. Next.js still adds its client router (about 175 kB compressed) and the
// page's RSC payload as scripts. This file is the one place that changes Next.js's output: the
// public front (scripts/lib/public-front.ts) removes those scripts from public HTML, so a reader
// downloads the page and its stylesheet only, and navigates with plain links.
// e2e/public/next-output-contract.spec.ts fails if a Next.js upgrade changes what this relies on.

/** One of Next.js's client router's own requests (RSC data, prefetch, server action), not a page view. */
export function isClientRouterRequest(headers: Record<string, unknown>) {
  return (
    headers.rsc !== undefined || headers['next-router-prefetch'] !== undefined || headers['next-action'] !== undefined
  );
}

/** Paths that are never public pages: the admin area, sign-in, APIs, assets, downloads. */
const NOT_PUBLIC_PAGE = /^\/(?:admin|sign-in|api|_next|data)(?:\/|$)/;

/**
 * A browser's request for a public page's HTML: a GET outside the admin area that is not one of
 * the client router's own data requests (those carry an `rsc` or `next-router-*` header).
 */
export function isPublicPageRequest(method: string | undefined, url: string, headers: Record<string, unknown>) {
  if (method !== 'GET' || isClientRouterRequest(headers)) return false;
  const path = url.split('?')[0] ?? '/';
  return !NOT_PUBLIC_PAGE.test(path) && !/\.[a-z0-9]+$/i.test(path);
}

// Every <script> but JSON-LD data blocks, and the hints that preload scripts.
const CLIENT_SCRIPT = /<script\b(?![^>]*\btype="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi;

/** The page without Next.js's client scripts; structured data (JSON-LD) stays. */
export function withoutClientScripts(html: string): string {
  return html.replace(CLIENT_SCRIPT, '').replace(SCRIPT_PRELOAD, '');
}

const plainPage = (title: string, text: string) => `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title} · 江北数据</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;color:#1f2937;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.7}a{color:#0b57a4}</style>
</head><body><main><h1>${title}</h1>
<p>${text}</p>
<p><a href="/">返回首页</a></p></main></body></html>
`;

/**
 * What a reader gets when a public page fails on the server (the database unreachable, say): Next.js
 * would send an empty shell that only its client scripts fill in. This page needs no script, no
 * stylesheet and no database, says what happened in Chinese and shows no error details.
 */
export const PAGE_UNAVAILABLE_HTML = plainPage(
  '页面暂时无法显示',
  '服务器暂时无法读取数据，请稍后刷新再试。已经公开的页面通常仍可访问。',
);

/** The same for an unknown slug of a cached route, whose not-found page Next.js also leaves to scripts. */
export const PAGE_NOT_FOUND_HTML = plainPage('页面不存在', '您要找的页面不存在，或尚未发布。');

/** Next.js's empty document that only its client scripts fill in (error and not-found pages). */
export function isClientRenderedErrorShell(html: string): boolean {
  return html.includes('<html id="__next_error__"');
}
