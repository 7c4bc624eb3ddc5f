// The read-only JSON API (described in lib/api/openapi.ts, served at /api/v1/openapi.json).
// Published data only; ETag and Cache-Control so clients and CDNs can cache; JSON errors.
import { createHash } from 'node:crypto';
import { openApiDocument } from '@/lib/api/openapi';
import { ApiError } from '@/lib/api/pagination';
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/cache-control';
import {
  getMetric,
  listAgreements,
  listCitations,
  listMetrics,
  listOrganisations,
  listProjects,
  listSources,
  listTopics,
} from '@/lib/api/resources';

export const dynamic = 'force-dynamic';

async function resolve(path: string[], url: URL): Promise<unknown> {
  const [resource, slug, ...rest] = path;
  if (rest.length === 0 && slug === undefined) {
    if (resource === 'openapi.json') return openApiDocument;
    if (resource === 'topics') return listTopics(url);
    if (resource === 'metrics') return listMetrics(url);
    if (resource === 'projects') return listProjects(url);
    if (resource === 'agreements') return listAgreements(url);
    if (resource === 'organisations') return listOrganisations(url);
    if (resource === 'sources') return listSources(url);
    if (resource === 'citations') return listCitations(url);
  }
  if (resource === 'metrics' && slug !== undefined && rest.length === 0) return getMetric(slug);
  throw new ApiError(404, 'not_found', 'no such API resource; see /api/v1/openapi.json');
}

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const url = new URL(request.url);
  try {
    const body = JSON.stringify(await resolve((await params).path, url));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
    const headers = {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': PUBLIC_CACHE_CONTROL,
      ETag: etag,
      'Access-Control-Allow-Origin': '*',
    };
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
    return new Response(body, { headers });
  } catch (error) {
    if (error instanceof ApiError) {
      return Response.json({ error: { code: error.code, message: error.message } }, { status: error.status });
    }
    console.error(error);
    return Response.json({ error: { code: 'internal', message: 'internal error' } }, { status: 500 });
  }
}
