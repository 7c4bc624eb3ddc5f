import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { listPublicPaths } from '@/lib/public/sitemap';

export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = env.siteUrl();
  return (await listPublicPaths()).map(({ path, updatedAt }) => ({ url: `${base}${path}`, lastModified: updatedAt }));
}
