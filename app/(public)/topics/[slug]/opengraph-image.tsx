import { notFound } from 'next/navigation';
import { ShareImage } from '@/components/share-image';
import { formatFigure } from '@/lib/format/value';
import { headlineObservation } from '@/lib/records/metric/public';
import { getTopicPage } from '@/lib/public/topics';
import { SHARE_IMAGE_SIZE, shareImageResponse } from '@/lib/share/share-image';

// Cached like the topic page; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;
export const generateStaticParams = () => [];
export const alt = '江北数据：专题的主要指标';
export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const topic = await getTopicPage((await params).slug);
  if (!topic) notFound();
  // The topic's first three metrics with a figure, in the topic page's order.
  const figures = topic.metrics
    .map((metric) => ({ metric, headline: headlineObservation(metric.observations) }))
    .filter((entry) => entry.headline !== null)
    .slice(0, 3)
    .map(({ metric, headline }) => ({
      label: metric.nameZh,
      value: formatFigure({ ...headline!, unit: metric.unit }),
      period: headline!.periodLabel,
    }));
  return shareImageResponse(
    <ShareImage
      kicker="江北数据 · 专题"
      title={topic.nameZh}
      figures={figures}
      subtitle={figures.length === 0 ? topic.description || undefined : undefined}
    />,
  );
}
