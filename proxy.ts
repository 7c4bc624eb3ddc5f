// Two jobs, both with Next.js's documented proxy (middleware) and nothing else:
// - A per-request nonce Content-Security-Policy on the admin area and sign-in (Next.js then puts
//   the nonce on its own scripts). Headers only: authorization lives in the data layer.
// - Under plain `next start` (scripts/serve.ts refuses these itself), an address with
//   percent-encoding that does not decode answers a Chinese 400 page: Next.js would try to render
//   a /400 page the App Router does not have and send a bare 500.
import { NextResponse, type NextRequest } from 'next/server';
import { BAD_REQUEST_PAGE, isUnreadableTarget } from '@/lib/http/request-target';
import { contentSecurityPolicy } from '@/lib/http/security-headers.js';

export function proxy(request: NextRequest) {
  if (isUnreadableTarget(new URL(request.url).pathname)) {
    return new NextResponse(BAD_REQUEST_PAGE, {
      status: 400,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy({
    scriptSrc: `'self' 'nonce-${nonce}' 'strict-dynamic'`,
    dev: process.env.NODE_ENV !== 'production',
  });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

// Admin and sign-in for the policy; any path holding a percent sign for the decoding check (the
// raw path is matched first, so "%ff" reaches the proxy).
export const config = { matcher: ['/admin/:path*', '/admin', '/sign-in', '/(.*%.*)'] };
