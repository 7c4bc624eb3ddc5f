// Cursor pagination for the public API: records ordered by slug (citations by id), the cursor is
// the last key seen (base64url), so pages stay stable while records are added.
import { isSlug } from '@/lib/ids/slug';
import { isUuid } from '@/lib/ids/uuid';
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type PageRequest = { after: string | null; limit: number };

/** The page a request asks for; the cursor holds the last slug (or, for citations, id) it saw. */
export function readPage(params: URLSearchParams, key: 'slug' | 'id' = 'slug'): PageRequest {
  const rawLimit = params.get('limit');
  const limit = rawLimit === null ? DEFAULT_LIMIT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new ApiError(400, 'invalid_limit', `limit must be an integer from 1 to ${MAX_LIMIT}`);
  }
  const cursor = params.get('cursor');
  if (cursor === null) return { after: null, limit };
  const after = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!(key === 'id' ? isUuid(after) : isSlug(after))) {
    throw new ApiError(400, 'invalid_cursor', 'cursor is not one this API gave');
  }
  return { after, limit };
}

/** One page of rows fetched with `limit + 1`: the extra row only says whether there is a next page. */
export function pageOf<T>(
  rows: T[],
  page: PageRequest,
  url: URL,
  key: (row: T) => string = (row) => (row as { slug: string }).slug,
) {
  const data = rows.slice(0, page.limit);
  const more = rows.length > page.limit;
  let next: string | null = null;
  if (more) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set('cursor', Buffer.from(key(data[data.length - 1]!), 'utf8').toString('base64url'));
    next = `${nextUrl.pathname}${nextUrl.search}`;
  }
  return { data, next };
}

/** Accepts only the listed query parameters, each from an allow-list or a pattern. */
export function readFilters<K extends string>(
  params: URLSearchParams,
  allowed: Record<K, RegExp>,
): Partial<Record<K, string>> {
  const filters: Partial<Record<K, string>> = {};
  for (const [key, value] of params) {
    if (key === 'cursor' || key === 'limit') continue;
    const pattern = (allowed as Record<string, RegExp>)[key];
    if (!pattern) throw new ApiError(400, 'unknown_parameter', `unknown query parameter: ${key}`);
    if (!pattern.test(value)) throw new ApiError(400, 'invalid_parameter', `invalid value for ${key}`);
    filters[key as K] = value;
  }
  return filters;
}
