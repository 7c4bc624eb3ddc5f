// @ts-check
// Security headers for every response (plain JS: next.config.js loads it).
// Public pages get a nonce-free policy so they stay cacheable, and run no script at all
// (script-src 'none', see next.config.js); object-src, base-uri, form-action and frame-ancestors
// stay locked. The admin area and sign-in get a per-request nonce policy from proxy.ts instead.
// Only the embeddable charts (/embed/…) may be framed by other sites: they get frame-ancestors *
// and no X-Frame-Options; every other response refuses framing both ways.

const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const frameDeny = [{ key: 'X-Frame-Options', value: 'DENY' }];

/** @param {{ scriptSrc: string, dev: boolean, frameAncestors?: string }} options */
function contentSecurityPolicy({ scriptSrc, dev, frameAncestors = "'none'" }) {
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
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

module.exports = { common, frameDeny, contentSecurityPolicy };
