type CacheEntry = { value: unknown; lastModified: number; tags: string[] };

/** Next.js's cacheHandler interface, as implemented in page-cache-handler.js. */
declare class PageCacheHandler {
  constructor(options: { serverDistDir?: string });
  get(key: string, context?: { tags?: string[]; softTags?: string[] }): Promise<CacheEntry | null>;
  set(key: string, value: unknown, context?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
  /** When a tag was last revalidated on any server, or null when that cannot be known. */
  lastRevalidation(): Promise<number | null>;
}
export = PageCacheHandler;
