// @ts-check
// Security headers for every response (plain JS: next.config.js loads it).
// Public pages get a nonce-free policy so they stay cacheable, and run no script at all
// (script-src 'none', see next.config.js); object-src, base-uri, form-action and frame-ancestors
// stay locked. The admin area and sign-in get a per-request nonce policy from proxy.ts instead.

const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @param {{ scriptSrc: string, dev: boolean }} options */
function contentSecurityPolicy({ scriptSrc, dev }) {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

module.exports = { common, contentSecurityPolicy };
