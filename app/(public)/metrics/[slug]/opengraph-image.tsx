import { notFound } from 'next/navigation';
import { ShareImage } from '@/components/share-image';
import { formatFigure } from '@/lib/format/value';
import { getMetricPage, headlineObservation } from '@/lib/records/metric/public';
import { SHARE_IMAGE_SIZE, shareImageResponse } from '@/lib/share/share-image';

// Cached like the metric page; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;
export const generateStaticParams = () => [];
export const alt = '江北数据：指标的最新数值';
export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const metric = await getMetricPage((await params).slug);
  if (!metric) notFound();
  const headline = headlineObservation(metric.observations);
  return shareImageResponse(
    <ShareImage
      kicker={`江北数据 · ${metric.topic.nameZh}`}
      title={metric.nameZh}
      figures={
        headline
          ? [
              {
                label: metric.nameZh,
                value: formatFigure({ ...headline, unit: metric.unit }),
                period: headline.periodLabel,
              },
            ]
          : []
      }
      subtitle={headline ? undefined : '暂无已发布的数据'}
    />,
  );
}
