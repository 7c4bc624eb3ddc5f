// How long HTTP caches may hold public responses (pages, API resources, downloads). Browsers
// revalidate every time (max-age=0; the ETag makes that a 304), so a reader who reloads sees a
// publish at once. Shared caches (Varnish, nginx, a CDN) hold them for five minutes, or until a
// publish purges them (lib/cache/frontend-caches.ts). No stale-while-revalidate here: browsers
// honour it too and would show the page from before a publish; a shared cache's grace period
// belongs in its own configuration (deploy/varnish/default.vcl).
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=300';
