type CacheEntry = { value: unknown; lastModified: number; tags: string[] };

/** Next.js's cacheHandler interface, as implemented in page-cache-handler.js. */
declare class PageCacheHandler {
  constructor(options: { serverDistDir?: string });
  get(key: string, context?: { tags?: string[]; softTags?: string[] }): Promise<CacheEntry | null>;
  set(key: string, value: unknown, context?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
  /** When the current rendering of the page at `path` was made, or null if it is not current. */
  static currentRendering(path: string): Promise<number | null>;
}
export = PageCacheHandler;
