// Sets a per-request nonce Content-Security-Policy on the admin area and sign-in (Next.js then
// puts the nonce on its own scripts). Headers only: authorization lives in the data layer.
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/http/security-headers.js';

export function proxy(request: NextRequest) {
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

export const config = { matcher: ['/admin/:path*', '/admin', '/sign-in'] };
