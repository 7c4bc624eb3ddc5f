import { chartFileHeaders, metricChartFile } from '../chart-file';

// Cached like the metric page; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;
export const generateStaticParams = () => [];

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const file = await metricChartFile((await params).slug);
  if (!file) return new Response('没有这幅图表。', { status: 404 });
  return new Response(file.svg, { headers: chartFileHeaders(file.name, 'svg', 'image/svg+xml; charset=utf-8') });
}
