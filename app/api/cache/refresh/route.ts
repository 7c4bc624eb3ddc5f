// POST /api/cache/refresh with `Authorization: Bearer $CACHE_REFRESH_TOKEN`: refreshes every cached
// page after the database was changed outside the editorial workflow (a script, a manual fix).
// Publishing through the workflow refreshes pages by itself. Without the token configured the
// route does not exist.
import { refreshAuthorization, refreshPublicPages } from '@/lib/cache/refresh-public-pages';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const authorization = refreshAuthorization(request.headers.get('authorization'));
  if (authorization === 'unconfigured') return Response.json({ error: 'Not found' }, { status: 404 });
  if (authorization === 'refused') {
    return Response.json({ error: 'A valid refresh token is required.' }, { status: 401 });
  }
  await refreshPublicPages();
  return new Response(null, { status: 204 });
}
